<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Bridge</name>
    <message>
        <source>{0} did not stop in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indexing stopped: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading text in photos stopped: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message numerus="yes">
        <source>burst of %n, {0:g} s</source>
        <translation>
            <numerusform>burst of %n, {0:g} s</numerusform><numerusform>burst of %n, {0:g} s</numerusform></translation>
    </message>
    <message>
        <source>similar shots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copies</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
    <message>
        <source>{0} to free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>extra copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no date taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>size unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sharpest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sharpest: {0:.1f}× the focus measure of the next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the RAW original of a RAW + JPEG pair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the RAW original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>highest resolution: {0:.1f} MP against {1:.1f} MP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>largest file: {0} against {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>earliest date taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>richest metadata (date taken, camera)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shortest file name (copies get suffixes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in the library longest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>suggested to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>identical bytes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n bit(s) from the suggested photo</source>
        <translation>
            <numerusform>%n bit from the suggested photo</numerusform><numerusform>%n bits from the suggested photo</numerusform></translation>
    </message>
    <message>
        <source>similarity {0:.3f} to the suggested photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>left alone: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra copy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What counts as a duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies re-saved, resized, converted to another format or slightly cropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identical files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files with exactly the same bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Similar shots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Near-identical photos, such as a burst of the same moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strictness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to look</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos of this group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the chosen photo instead (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These photos are not duplicates; never show them as a group again (N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move others…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move every photo but the one to keep into a folder you choose (M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move others to trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send every photo but the one to keep to the trash (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>←/→ choose a photo · Space keep it · Delete trash the others · M move them · N not duplicates · Page Up/Down other groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trash extra copies in all groups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bursts are left alone: review them one by one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which groups to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies and similar shots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bursts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the keeper the others' tags and keywords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also their rating, location and date taken, when the keeper has none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put back the photos the last trash or move sent away, and the keeper's tags as they were</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The library cannot be opened: {0}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>up to %n bit(s) apart</source>
        <translation>
            <numerusform>up to %n bit apart</numerusform><numerusform>up to %n bits apart</numerusform></translation>
    </message>
    <message>
        <source>Perceptual-hash distance: 0 finds only near-exact copies, higher finds more edited copies and risks unrelated look-alikes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>similarity ≥ {0:.2f}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CLIP similarity: higher finds only near-identical shots, lower finds broader look-alikes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading photos indexed before duplicates were looked for: %v of %m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparing photos: %v of %m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped. Photos read so far need not be read again next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding duplicates did not work: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every group has been dealt with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No groups of this kind.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform><numerusform>%n groups</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n extra photo(s)</source>
        <translation>
            <numerusform>%n extra photo</numerusform><numerusform>%n extra photos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Move %n to trash…</source>
        <translation>
            <numerusform>Move %n to trash…</numerusform><numerusform>Move %n to trash…</numerusform></translation>
    </message>
    <message>
        <source>identical files</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>the same picture (at most %n bit(s) apart)</source>
        <translation>
            <numerusform>the same picture (at most %n bit apart)</numerusform><numerusform>the same picture (at most %n bits apart)</numerusform></translation>
    </message>
    <message>
        <source>similar shots (similarity at least {0:.3f})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group {0} of {1}, {2}: {3}. Keeping “{4}” ({5}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) (%1) to the trash?</source>
        <translation>
            <numerusform>Move %n photo (%1) to the trash?</numerusform><numerusform>Move %n photos (%1) to the trash?</numerusform></translation>
    </message>
    <message>
        <source>Keeping “{0}”. You can restore them from the trash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Bursts left alone: %n.</source>
        <translation>
            <numerusform>Bursts left alone: %n.</numerusform><numerusform>Bursts left alone: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>From %n group(s); each keeps the photo marked “Keep”. You can restore them from the trash.</source>
        <translation>
            <numerusform>From %n group; each keeps the photo marked “Keep”. You can restore them from the trash.</numerusform><numerusform>From %n groups; each keeps the photo marked “Keep”. You can restore them from the trash.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n tag decision(s)</source>
        <translation>
            <numerusform>%n tag decision</numerusform><numerusform>%n tag decisions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n keyword(s), title(s) or description(s)</source>
        <translation>
            <numerusform>%n keyword, title or description</numerusform><numerusform>%n keywords, titles or descriptions</numerusform></translation>
    </message>
    <message>
        <source>a rating</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform><numerusform>%n ratings</numerusform></translation>
    </message>
    <message>
        <source>a location</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n location</numerusform><numerusform>%n locations</numerusform></translation>
    </message>
    <message>
        <source>a date taken</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n date(s) taken</source>
        <translation>
            <numerusform>%n date taken</numerusform><numerusform>%n dates taken</numerusform></translation>
    </message>
    <message>
        <source>Before they go, the keeper receives {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n XMP sidecar file(s) will go with them.</source>
        <translation>
            <numerusform>%n XMP sidecar file will go with them.</numerusform><numerusform>%n XMP sidecar files will go with them.</numerusform></translation>
    </message>
    <message>
        <source>“{0}” stays: “{1}” uses it too.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Put back %n photo(s); they return to the library at the next index.</source>
        <translation>
            <numerusform>Put back %n photo; they return to the library at the next index.</numerusform><numerusform>Put back %n photos; they return to the library at the next index.</numerusform></translation>
    </message>
    <message>
        <source>“{0}” could not be put back: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{0}” was put back as “{1}”: a file of that name is there again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the other copies to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move photos</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) (%1) into “%2”?</source>
        <translation>
            <numerusform>Move %n photo (%1) into “%2”?</numerusform><numerusform>Move %n photos (%1) into “%2”?</numerusform></translation>
    </message>
    <message>
        <source>Files already there are never overwritten; the moved photos leave the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trashed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>{0} %n photo(s), {1}.</source>
        <translation>
            <numerusform>{0} %n photo, {1}.</numerusform><numerusform>{0} %n photos, {1}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n left alone (see the cards for why).</source>
        <translation>
            <numerusform>%n left alone (see the cards for why).</numerusform><numerusform>%n left alone (see the cards for why).</numerusform></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Sort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best match first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order of the results; a search keeps only its matches whatever the order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the photos were taken, from their GPS positions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;weaker matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also list the photos below the cut-off, ranked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any place</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n match(es) and the weaker ones below the cut-off</source>
        <translation>
            <numerusform>%n match and the weaker ones below the cut-off</numerusform><numerusform>%n matches and the weaker ones below the cut-off</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n weaker match(es) hidden</source>
        <translation>
            <numerusform>%n weaker match hidden</numerusform><numerusform>%n weaker matches hidden</numerusform></translation>
    </message>
    <message>
        <source>Hide &amp;weaker matches</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FolderListModel</name>
    <message>
        <source>All photos</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln photo</numerusform><numerusform>%Ln photos</numerusform></translation>
    </message>
    <message>
        <source>Not found — unplugged or moved?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot be read — check its permissions</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform><numerusform>%Ln skipped</numerusform></translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}
Cannot be read: {1}. Its photos are kept as they were until photoclip may read it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every photo in the library</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform><numerusform>about %n s left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform><numerusform>about %n min left</numerusform></translation>
    </message>
    <message>
        <source>about {0} h {1} min left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop indexing (what is done is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files that could not be read, and why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume indexing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause indexing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop reading text in photos (what is read is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indexing paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for new and changed photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing new photos {0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indexing {0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} photos/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading text {0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform><numerusform>%Ln skipped</numerusform></translation>
    </message>
</context>
<context>
    <name>LabelScoresDialog</name>
    <message>
        <source>Photos by score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Use this threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At this threshold, {0} of {1} photos would be tagged (now: {2}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tagging…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabelSetEditor</name>
    <message>
        <source>Label sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Scenes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One label per photo, or none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any number of labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The similarity a label needs (one-label sets: to beat “none of these”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag new photos as they are indexed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels (prompts of their own, separated by “;”, are optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own prompts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder chosen in the side bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The photos now in the grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A label set needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The threshold of “{0}” is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete label set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete “{0}” with its labels, tags and your decisions about them?

The photos stay as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tagging…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Tagged %n photo(s). </source>
        <translation>
            <numerusform>Tagged %n photo. </numerusform><numerusform>Tagged %n photos. </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n not indexed yet)</source>
        <translation>
            <numerusform>(%n not indexed yet)</numerusform><numerusform>(%n not indexed yet)</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This search did not work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a folder with photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove “{0}” from the library?

Its photos leave photoclip's search; the files themselves stay where they are, untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the photos in “{0}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every photo in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the tags of {0} as keywords into XMP sidecar files beside them?

The photos themselves are not changed; a sidecar already there keeps everything else it holds.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Tags exported: %n sidecar(s) written</source>
        <translation>
            <numerusform>Tags exported: %n sidecar written</numerusform><numerusform>Tags exported: %n sidecars written</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n already up to date</source>
        <translation>
            <numerusform>, %n already up to date</numerusform><numerusform>, %n already up to date</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped (first: {0})</source>
        <translation>
            <numerusform>, %n skipped (first: {0})</numerusform><numerusform>, %n skipped (first: {0})</numerusform></translation>
    </message>
    <message>
        <source>Exporting tags did not work: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>photoclip speaks the new language from its next start. Restart now?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>photoclip cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>photoclip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>photoclip cannot open its library.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModelSetupDialog</name>
    <message>
        <source>Setting up the model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a local checkpoint file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the model's checkpoint file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model checkpoints (*.safetensors *.bin *.pt *.pth);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about {0} MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>photoclip speaks your language, but this model understands searches in English only. The multilingual model {0} understands yours too: about {1} MB to download once, and indexing is a little slower.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the multilingual model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading the model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>photoclip needs the model {0} ({1}) to understand your photos. It is downloaded once from Hugging Face and then works offline; your photos never leave this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model is not downloaded yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>photoclip needs the model {0} ({1}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model is not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“Choose a local checkpoint file…” below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose it with {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your photos are indexed, and become searchable, as soon as the model is set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More like this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Copy %n path(s)</source>
        <translation>
            <numerusform>Copy %n path</numerusform><numerusform>Copy %n paths</numerusform></translation>
    </message>
</context>
<context>
    <name>PhotoTagsPanel</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags of this photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This photo has this tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This photo does not have this tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget your decision; the machine's suggestion counts again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tag to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>suggested</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotoTextPanel</name>
    <message>
        <source>Text in this photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not read yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading text in photos is off (Settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No text found.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScriptHintBar</name>
    <message>
        <source>This search is written in a script the current model cannot read (it learned English only), so its picture matches mean little.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the multilingual model (about {0} MB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the multilingual model</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Describe a photo — “kids on a beach at sunset” (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching for photos like this one; click to stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From (taken on or after)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To (taken on or before)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find duplicates (Ctrl+Shift+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Like: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  (multilingual)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>downloaded automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weights file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic (GPU when there is one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the model on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> of {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fewer threads keep the computer responsive while indexing; more finish sooner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU threads for indexing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the text in photos (signs, receipts, screenshots)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search then finds photos by the words written in them. It runs after indexing, at low priority, and can be paused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text in photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Small</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Takes effect when photoclip restarts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A custom model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about {0} MB to download once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switching re-indexes every photo in the background; search keeps using the current model until that is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the model's checkpoint file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model checkpoints (*.safetensors *.bin *.pt *.pth)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>LIBRARY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a photo folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the selected folder from the library (files stay on disk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SkippedDialog</name>
    <message>
        <source>Skipped files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These folders and files could not be read, so what is in them is not brought up to date: photos already in a folder that cannot be read are kept as they were. Files are tried again when they change or can be read again; nothing was touched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>TAGS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop filtering by tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scores…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A label's photos by score, with a threshold to try</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create and edit label sets, and apply them (Ctrl+Shift+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the tags as keywords into XMP sidecar files that digiKam, Lightroom and others read; the photos themselves are not changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No label sets yet. “Edit…” creates one: your own words, such as beach, mountains, city.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One label per photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any number of labels</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n photo(s) tagged “{0}”; click to show them</source>
        <translation>
            <numerusform>%n photo tagged “{0}”; click to show them</numerusform><numerusform>%n photos tagged “{0}”; click to show them</numerusform></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln photo</numerusform><numerusform>%Ln photos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln best match(es)</source>
        <translation>
            <numerusform>%Ln best match</numerusform><numerusform>%Ln best matches</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform><numerusform>%Ln matches</numerusform></translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>searching with the previous model until the new one has seen every photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>found by names, folders, keywords and tags until the model is ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not understood as a filter, searched as words: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} only pushes results away: type something to look for too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>model on {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching needs the model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No photo's name, folder, keywords or tags match. To search by what photos show, set up the model with the button in the status bar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your search runs as soon as the model is ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a folder to start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a folder with photos, or drop one on the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Photos appear here as they are indexed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No photos yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No photos were found in your folders. New ones are picked up as they arrive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No good matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No photo stands out for this search. “Show weaker matches” above lists the closest ones anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try other words, or another folder or date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No photos match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>place: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keyword</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file or folder name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text in photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matched by: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indexing stopped; what was done is kept.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) indexed</source>
        <translation>
            <numerusform>%Ln photo indexed</numerusform><numerusform>%Ln photos indexed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln moved</numerusform><numerusform>%Ln moved</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln removed</numerusform><numerusform>%Ln removed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s) not found</source>
        <translation>
            <numerusform>%Ln folder not found</numerusform><numerusform>%Ln folders not found</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s) or file(s) cannot be read</source>
        <translation>
            <numerusform>%Ln folder or file cannot be read</numerusform><numerusform>%Ln folders or files cannot be read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln XMP sidecar(s) back from the trash beside photos put back by hand</source>
        <translation>
            <numerusform>%Ln XMP sidecar back from the trash beside photos put back by hand</numerusform><numerusform>%Ln XMP sidecars back from the trash beside photos put back by hand</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not come back from the trash</source>
        <translation>
            <numerusform>%Ln file could not come back from the trash</numerusform><numerusform>%Ln files could not come back from the trash</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new photo(s) listed; searching by what they show needs the model</source>
        <translation>
            <numerusform>%Ln new photo listed; searching by what they show needs the model</numerusform><numerusform>%Ln new photos listed; searching by what they show needs the model</numerusform></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in {0} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model not set up — fix…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Previous (Left arrow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next (Right arrow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More like this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the latitude and longitude, e.g. to paste into a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} (file date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0} × {1} px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{0}, with RAW {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This photo cannot be shown: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to photoclip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find any photo by describing it — “birthday cake with candles”, “snowy mountain lake” — or by showing a similar one. photoclip looks at your photos on this computer; nothing is uploaded, and your folders are only read, never changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which folders hold your photos?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can add more folders later, or drop a folder on the window. New photos in them are picked up while photoclip runs.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>