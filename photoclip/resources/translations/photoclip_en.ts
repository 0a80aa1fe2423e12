<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Bridge</name>
    <message>
        <location filename="../../gui/bridge.py" line="154" />
        <source>{0} did not stop in time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridge.py" line="230" />
        <source>Download cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridge.py" line="446" />
        <source>Indexing stopped: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/bridge.py" line="500" />
        <source>Reading text in photos stopped: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message numerus="yes">
        <location filename="../../gui/models/duplicate_groups.py" line="63" />
        <source>burst of %n, {0:g} s</source>
        <translation>
            <numerusform>burst of %n, {0:g} s</numerusform><numerusform>burst of %n, {0:g} s</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/models/duplicate_groups.py" line="65" />
        <source>similar shots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/models/duplicate_groups.py" line="66" />
        <source>copies</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/models/duplicate_groups.py" line="114" />
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform><numerusform>%n photos</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/models/duplicate_groups.py" line="116" />
        <source>{0} to free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/models/duplicate_groups.py" line="182" />
        <source>keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/models/duplicate_groups.py" line="183" />
        <source>extra copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="49" />
        <source>no date taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="57" />
        <source>size unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="74" />
        <source>your choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="79" />
        <source>sharpest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="80" />
        <source>sharpest: {0:.1f}× the focus measure of the next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="82" />
        <source>the RAW original of a RAW + JPEG pair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="84" />
        <source>the RAW original</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="86" />
        <source>highest resolution: {0:.1f} MP against {1:.1f} MP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="89" />
        <source>largest file: {0} against {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="92" />
        <source>earliest date taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="94" />
        <source>richest metadata (date taken, camera)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="96" />
        <source>shortest file name (copies get suffixes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="98" />
        <source>in the library longest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="99" />
        <source>suggested to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="105" />
        <source>kept: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="107" />
        <source>identical bytes</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/widgets/duplicate_cards.py" line="110" />
        <source>%n bit(s) from the suggested photo</source>
        <translation>
            <numerusform>%n bit from the suggested photo</numerusform><numerusform>%n bits from the suggested photo</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="112" />
        <source>similarity {0:.3f} to the suggested photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="152" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="162" />
        <source>left alone: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="173" />
        <source>Keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/duplicate_cards.py" line="173" />
        <source>Extra copy</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="85" />
        <location filename="../../gui/dialogs/duplicates.py" line="625" />
        <source>Duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="122" />
        <source>What counts as a duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="124" />
        <source>Same picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="125" />
        <source>Copies re-saved, resized, converted to another format or slightly cropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="126" />
        <source>Identical files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="126" />
        <source>Files with exactly the same bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="127" />
        <source>Similar shots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="128" />
        <source>Near-identical photos, such as a burst of the same moment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="134" />
        <source>Strictness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="138" />
        <source>Where to look</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="139" />
        <source>The whole library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="144" />
        <location filename="../../gui/dialogs/duplicates.py" line="147" />
        <source>Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="151" />
        <source>in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="159" />
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="176" />
        <source>Duplicate groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="187" />
        <source>Photos of this group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="195" />
        <source>Keep this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="196" />
        <source>Keep the chosen photo instead (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="197" />
        <source>Not duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="198" />
        <source>These photos are not duplicates; never show them as a group again (N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="200" />
        <source>Move others…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="201" />
        <source>Move every photo but the one to keep into a folder you choose (M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="202" />
        <source>Move others to trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="203" />
        <source>Send every photo but the one to keep to the trash (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="219" />
        <source>←/→ choose a photo · Space keep it · Delete trash the others · M move them · N not duplicates · Page Up/Down other groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="222" />
        <source>Trash extra copies in all groups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="223" />
        <source>Bursts are left alone: review them one by one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="226" />
        <source>Which groups to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="227" />
        <source>All groups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="228" />
        <source>Copies and similar shots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="229" />
        <source>Bursts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="230" />
        <source>Give the keeper the others' tags and keywords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="232" />
        <source>Undo last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="233" />
        <source>Put back the photos the last trash or move sent away, and the keeper's tags as they were</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="275" />
        <source>The library cannot be opened: {0}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/duplicates.py" line="299" />
        <source>up to %n bit(s) apart</source>
        <translation>
            <numerusform>up to %n bit apart</numerusform><numerusform>up to %n bits apart</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="300" />
        <source>Perceptual-hash distance: 0 finds only near-exact copies, higher finds more edited copies and risks unrelated look-alikes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="303" />
        <source>similarity ≥ {0:.2f}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="304" />
        <source>CLIP similarity: higher finds only near-identical shots, lower finds broader look-alikes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="306" />
        <source>same bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="331" />
        <location filename="../../gui/dialogs/duplicates.py" line="333" />
        <source>Looking for duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="347" />
        <source>Reading photos indexed before duplicates were looked for: %v of %m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="349" />
        <source>Comparing photos: %v of %m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="360" />
        <source>No duplicates found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="370" />
        <source>Stopped. Photos read so far need not be read again next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="372" />
        <source>Finding duplicates did not work: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="384" />
        <source>Every group has been dealt with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="411" />
        <source>No groups of this kind.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/duplicates.py" line="450" />
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform><numerusform>%n groups</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/duplicates.py" line="451" />
        <source>%n extra photo(s)</source>
        <translation>
            <numerusform>%n extra photo</numerusform><numerusform>%n extra photos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/duplicates.py" line="454" />
        <source>Move %n to trash…</source>
        <translation>
            <numerusform>Move %n to trash…</numerusform><numerusform>Move %n to trash…</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="462" />
        <source>identical files</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/duplicates.py" line="464" />
        <source>the same picture (at most %n bit(s) apart)</source>
        <translation>
            <numerusform>the same picture (at most %n bit apart)</numerusform><numerusform>the same picture (at most %n bits apart)</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="466" />
        <source>similar shots (similarity at least {0:.3f})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="468" />
        <source>Group {0} of {1}, {2}: {3}. Keeping “{4}” ({5}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="491" />
        <location filename="../../gui/dialogs/duplicates.py" line="507" />
        <source>Move to trash</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/duplicates.py" line="492" />
        <location filename="../../gui/dialogs/duplicates.py" line="508" />
        <source>Move %n photo(s) (%1) to the trash?</source>
        <translation>
            <numerusform>Move %n photo (%1) to the trash?</numerusform><numerusform>Move %n photos (%1) to the trash?</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="493" />
        <source>Keeping “{0}”. You can restore them from the trash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="495" />
        <location filename="../../gui/dialogs/duplicates.py" line="511" />
        <source>Move to Trash</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/duplicates.py" line="506" />
        <source>Bursts left alone: %n.</source>
        <translation>
            <numerusform>Bursts left alone: %n.</numerusform><numerusform>Bursts left alone: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/duplicates.py" line="509" />
        <source>From %n group(s); each keeps the photo marked “Keep”. You can restore them from the trash.</source>
        <translation>
            <numerusform>From %n group; each keeps the photo marked “Keep”. You can restore them from the trash.</numerusform><numerusform>From %n groups; each keeps the photo marked “Keep”. You can restore them from the trash.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/duplicates.py" line="525" />
        <source>%n tag decision(s)</source>
        <translation>
            <numerusform>%n tag decision</numerusform><numerusform>%n tag decisions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/duplicates.py" line="526" />
        <source>%n keyword(s), title(s) or description(s)</source>
        <translation>
            <numerusform>%n keyword, title or description</numerusform><numerusform>%n keywords, titles or descriptions</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="527" />
        <source>Before they go, the keeper receives {0}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="527" />
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="539" />
        <source>Nothing to undo.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/duplicates.py" line="541" />
        <source>Put back %n photo(s); they return to the library at the next index.</source>
        <translation>
            <numerusform>Put back %n photo; they return to the library at the next index.</numerusform><numerusform>Put back %n photos; they return to the library at the next index.</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="544" />
        <source>“{0}” could not be put back: {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="553" />
        <source>Move the other copies to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="557" />
        <source>Move photos</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/duplicates.py" line="558" />
        <source>Move %n photo(s) (%1) into “%2”?</source>
        <translation>
            <numerusform>Move %n photo (%1) into “%2”?</numerusform><numerusform>Move %n photos (%1) into “%2”?</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="559" />
        <source>Files already there are never overwritten; the moved photos leave the library.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="561" />
        <source>Move</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="607" />
        <source>Moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/duplicates.py" line="607" />
        <source>Trashed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/duplicates.py" line="608" />
        <source>{0} %n photo(s), {1}.</source>
        <translation>
            <numerusform>{0} %n photo, {1}.</numerusform><numerusform>{0} %n photos, {1}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/duplicates.py" line="610" />
        <source>%n left alone (see the cards for why).</source>
        <translation>
            <numerusform>%n left alone (see the cards for why).</numerusform><numerusform>%n left alone (see the cards for why).</numerusform></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../gui/widgets/filter_bar.py" line="40" />
        <source>Sort</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/filter_bar.py" line="41" />
        <source>Best match first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/filter_bar.py" line="41" />
        <source>Newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/filter_bar.py" line="42" />
        <source>Oldest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/filter_bar.py" line="44" />
        <source>Order of the results; a search keeps only its matches whatever the order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/filter_bar.py" line="46" />
        <source>Camera filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/filter_bar.py" line="48" />
        <source>Tag filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/filter_bar.py" line="50" />
        <source>Place filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/filter_bar.py" line="51" />
        <source>Where the photos were taken, from their GPS positions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/filter_bar.py" line="61" />
        <location filename="../../gui/widgets/filter_bar.py" line="102" />
        <location filename="../../gui/widgets/filter_bar.py" line="154" />
        <source>Show &amp;weaker matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/filter_bar.py" line="63" />
        <source>Also list the photos below the cut-off, ranked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/filter_bar.py" line="113" />
        <source>Any camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/filter_bar.py" line="115" />
        <source>Any tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/filter_bar.py" line="117" />
        <source>Any place</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/widgets/filter_bar.py" line="146" />
        <source>%n match(es) and the weaker ones below the cut-off</source>
        <translation>
            <numerusform>%n match and the weaker ones below the cut-off</numerusform><numerusform>%n matches and the weaker ones below the cut-off</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/widgets/filter_bar.py" line="148" />
        <source>%n weaker match(es) hidden</source>
        <translation>
            <numerusform>%n weaker match hidden</numerusform><numerusform>%n weaker matches hidden</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/filter_bar.py" line="154" />
        <source>Hide &amp;weaker matches</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FolderListModel</name>
    <message>
        <location filename="../../gui/models/folders.py" line="75" />
        <source>All photos</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/models/folders.py" line="78" />
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln photo</numerusform><numerusform>%Ln photos</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/models/folders.py" line="86" />
        <source>Not found — unplugged or moved?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/models/folders.py" line="91" />
        <source>Cannot be read — check its permissions</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/models/folders.py" line="96" />
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform><numerusform>%Ln skipped</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/models/folders.py" line="98" />
        <source>Indexing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/models/folders.py" line="100" />
        <source>Looking for photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/models/folders.py" line="117" />
        <source>{0}
Cannot be read: {1}. Its photos are kept as they were until photoclip may read it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/models/folders.py" line="119" />
        <source>Every photo in the library</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message numerus="yes">
        <location filename="../../gui/widgets/index_status.py" line="18" />
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform><numerusform>about %n s left</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/widgets/index_status.py" line="21" />
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform><numerusform>about %n min left</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/widgets/index_status.py" line="22" />
        <source>about {0} h {1} min left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/index_status.py" line="48" />
        <source>Stop indexing (what is done is kept)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/index_status.py" line="52" />
        <source>Files that could not be read, and why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/index_status.py" line="76" />
        <source>Resume indexing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/index_status.py" line="45" />
        <location filename="../../gui/widgets/index_status.py" line="76" />
        <source>Pause indexing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/index_status.py" line="80" />
        <location filename="../../gui/widgets/index_status.py" line="103" />
        <location filename="../../gui/widgets/index_status.py" line="111" />
        <location filename="../../gui/widgets/index_status.py" line="125" />
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/index_status.py" line="82" />
        <location filename="../../gui/widgets/index_status.py" line="115" />
        <source>Indexing paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/index_status.py" line="89" />
        <source>Looking for new and changed photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/index_status.py" line="102" />
        <source>Listing new photos {0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/index_status.py" line="105" />
        <source>Indexing {0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/index_status.py" line="107" />
        <location filename="../../gui/widgets/index_status.py" line="122" />
        <source>{0} photos/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/index_status.py" line="120" />
        <source>Reading text {0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/widgets/index_status.py" line="137" />
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform><numerusform>%Ln skipped</numerusform></translation>
    </message>
</context>
<context>
    <name>LabelScoresDialog</name>
    <message>
        <location filename="../../gui/dialogs/label_scores.py" line="43" />
        <source>Photos by score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_scores.py" line="50" />
        <source>&amp;Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_scores.py" line="52" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_scores.py" line="57" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_scores.py" line="57" />
        <source>Included</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_scores.py" line="57" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_scores.py" line="70" />
        <source>&amp;Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_scores.py" line="73" />
        <source>Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_scores.py" line="82" />
        <source>&amp;Use this threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_scores.py" line="109" />
        <source>Scoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_scores.py" line="192" />
        <source>At this threshold, {0} of {1} photos would be tagged (now: {2}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_scores.py" line="204" />
        <source>Tagging…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabelSetEditor</name>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="47" />
        <location filename="../../gui/dialogs/label_sets.py" line="61" />
        <source>Label sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="65" />
        <source>New set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="67" />
        <source>Delete set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="77" />
        <source>e.g. Scenes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="79" />
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="81" />
        <source>One label per photo, or none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="82" />
        <source>Any number of labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="84" />
        <source>&amp;Choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="89" />
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="90" />
        <source>The similarity a label needs (one-label sets: to beat “none of these”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="92" />
        <source>&amp;Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="93" />
        <source>Tag new photos as they are indexed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="98" />
        <source>Labels (prompts of their own, separated by “;”, are optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="100" />
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="100" />
        <source>Own prompts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="100" />
        <source>Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="104" />
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="108" />
        <source>Add label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="110" />
        <source>Remove label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="112" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="122" />
        <location filename="../../gui/dialogs/label_sets.py" line="124" />
        <source>Apply to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="126" />
        <source>&amp;Apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="133" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="185" />
        <source>The whole library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="185" />
        <source>The folder chosen in the side bar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="186" />
        <source>The photos now in the grid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="186" />
        <source>The selected photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="249" />
        <source>A label set needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="264" />
        <source>The threshold of “{0}” is not a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="282" />
        <source>Saved “{0}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="297" />
        <source>Delete label set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="298" />
        <source>Delete “{0}” with its labels, tags and your decisions about them?

The photos stay as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/label_sets.py" line="320" />
        <source>Tagging…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/label_sets.py" line="336" />
        <source>Tagged %n photo(s). </source>
        <translation>
            <numerusform>Tagged %n photo. </numerusform><numerusform>Tagged %n photos. </numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/dialogs/label_sets.py" line="338" />
        <source>(%n not indexed yet)</source>
        <translation>
            <numerusform>(%n not indexed yet)</numerusform><numerusform>(%n not indexed yet)</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="256" />
        <source>This search did not work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="312" />
        <source>Choose a folder with photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="328" />
        <source>Remove folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="329" />
        <source>Remove “{0}” from the library?

Its photos leave photoclip's search; the files themselves stay where they are, untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="366" />
        <source>the photos in “{0}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="367" />
        <source>every photo in the library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="369" />
        <source>Export tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="370" />
        <source>Write the tags of {0} as keywords into XMP sidecar files beside them?

The photos themselves are not changed; a sidecar already there keeps everything else it holds.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="377" />
        <source>Tags exported: %n sidecar(s) written</source>
        <translation>
            <numerusform>Tags exported: %n sidecar written</numerusform><numerusform>Tags exported: %n sidecars written</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="379" />
        <source>, %n already up to date</source>
        <translation>
            <numerusform>, %n already up to date</numerusform><numerusform>, %n already up to date</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="381" />
        <source>, %n skipped (first: {0})</source>
        <translation>
            <numerusform>, %n skipped (first: {0})</numerusform><numerusform>, %n skipped (first: {0})</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="387" />
        <source>Exporting tags did not work: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="528" />
        <source>photoclip cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="529" />
        <source>photoclip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="530" />
        <source>photoclip cannot open its library.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ModelSetupDialog</name>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="39" />
        <source>Setting up the model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="86" />
        <source>Choose a local checkpoint file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="88" />
        <source>Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="90" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="92" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="111" />
        <source>Choose the model's checkpoint file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="112" />
        <source>Model checkpoints (*.safetensors *.bin *.pt *.pth);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="133" />
        <source>about {0} MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="134" />
        <source>its weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="145" />
        <source>Downloading the model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="147" />
        <source>photoclip needs the model {0} ({1}) to understand your photos. It is downloaded once from Hugging Face and then works offline; your photos never leave this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="151" />
        <source>Loading the model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="152" />
        <source>This takes a few seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="158" />
        <source>The model is not downloaded yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="159" />
        <source>photoclip needs the model {0} ({1}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="161" />
        <source>The model is not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="164" />
        <source>“Choose a local checkpoint file…” below</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="165" />
        <source>choose it with {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="168" />
        <source>Your photos are indexed, and become searchable, as soon as the model is set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/model_setup.py" line="176" />
        <source>{0} of {1}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <location filename="../../gui/photo_actions.py" line="74" />
        <source>View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/photo_actions.py" line="75" />
        <source>More like this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/photo_actions.py" line="77" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/photo_actions.py" line="78" />
        <source>Show in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/photo_actions.py" line="80" />
        <source>Copy path</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/photo_actions.py" line="80" />
        <source>Copy %n path(s)</source>
        <translation>
            <numerusform>Copy %n path</numerusform><numerusform>Copy %n paths</numerusform></translation>
    </message>
</context>
<context>
    <name>PhotoTagsPanel</name>
    <message>
        <location filename="../../gui/widgets/photo_tags.py" line="35" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_tags.py" line="40" />
        <source>Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_tags.py" line="40" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_tags.py" line="42" />
        <source>Tags of this photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_tags.py" line="50" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_tags.py" line="51" />
        <source>This photo has this tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_tags.py" line="53" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_tags.py" line="54" />
        <source>This photo does not have this tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_tags.py" line="56" />
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_tags.py" line="57" />
        <source>Forget your decision; the machine's suggestion counts again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_tags.py" line="64" />
        <source>Tag to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_tags.py" line="65" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_tags.py" line="99" />
        <source>yours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_tags.py" line="99" />
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_tags.py" line="100" />
        <source>suggested</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotoTextPanel</name>
    <message>
        <location filename="../../gui/widgets/photo_text.py" line="17" />
        <location filename="../../gui/widgets/photo_text.py" line="22" />
        <source>Text in this photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_text.py" line="29" />
        <source>Copy text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_text.py" line="54" />
        <source>Not read yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_text.py" line="55" />
        <source>Reading text in photos is off (Settings).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/photo_text.py" line="57" />
        <source>No text found.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../gui/widgets/search_bar.py" line="79" />
        <source>Describe a photo — “kids on a beach at sunset” (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/search_bar.py" line="80" />
        <source>Search photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/search_bar.py" line="89" />
        <source>Searching for photos like this one; click to stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/search_bar.py" line="97" />
        <source>Date filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/search_bar.py" line="103" />
        <source>From (taken on or after)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/search_bar.py" line="104" />
        <source>To (taken on or before)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/search_bar.py" line="116" />
        <source>Find duplicates (Ctrl+Shift+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/search_bar.py" line="117" />
        <source>Find duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/search_bar.py" line="122" />
        <location filename="../../gui/widgets/search_bar.py" line="123" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/search_bar.py" line="157" />
        <source>Like: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/search_bar.py" line="188" />
        <source>Any date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/search_bar.py" line="191" />
        <source>Custom range…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="34" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="45" />
        <source>  (multilingual)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="51" />
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="59" />
        <source>downloaded automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="61" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="63" />
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="68" />
        <source>Weights file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="72" />
        <source>Automatic (GPU when there is one)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="72" />
        <source>CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="73" />
        <source>GPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="76" />
        <source>Run the model on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="81" />
        <source> of {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="82" />
        <source>Fewer threads keep the computer responsive while indexing; more finish sooner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="84" />
        <source>CPU threads for indexing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="86" />
        <source>Read the text in photos (signs, receipts, screenshots)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="88" />
        <source>Search then finds photos by the words written in them. It runs after indexing, at low priority, and can be paused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="90" />
        <source>Text in photos</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="93" />
        <source>Small</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="93" />
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="93" />
        <source>Large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="96" />
        <source>Thumbnail size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="99" />
        <source>Follow the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="99" />
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="99" />
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="103" />
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="119" />
        <source>A custom model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="123" />
        <source>about {0} MB to download once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="125" />
        <source>Switching re-indexes every photo in the background; search keeps using the current model until that is done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="130" />
        <source>Choose the model's checkpoint file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/settings.py" line="131" />
        <source>Model checkpoints (*.safetensors *.bin *.pt *.pth)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../gui/widgets/sidebar.py" line="105" />
        <source>LIBRARY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/sidebar.py" line="110" />
        <source>Add a photo folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/sidebar.py" line="111" />
        <source>Add folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/sidebar.py" line="114" />
        <source>Remove the selected folder from the library (files stay on disk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/sidebar.py" line="115" />
        <source>Remove folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SkippedDialog</name>
    <message>
        <location filename="../../gui/dialogs/skipped.py" line="22" />
        <source>Skipped files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/skipped.py" line="26" />
        <source>These folders and files could not be read, so what is in them is not brought up to date: photos already in a folder that cannot be read are kept as they were. Files are tried again when they change or can be read again; nothing was touched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/skipped.py" line="32" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/skipped.py" line="32" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/skipped.py" line="44" />
        <source>Show in folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../gui/widgets/tag_panel.py" line="48" />
        <source>TAGS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/tag_panel.py" line="53" />
        <source>Show all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/tag_panel.py" line="54" />
        <source>Stop filtering by tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/tag_panel.py" line="57" />
        <source>Scores…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/tag_panel.py" line="58" />
        <source>A label's photos by score, with a threshold to try</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/tag_panel.py" line="61" />
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/tag_panel.py" line="62" />
        <source>Create and edit label sets, and apply them (Ctrl+Shift+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/tag_panel.py" line="65" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/tag_panel.py" line="66" />
        <source>Write the tags as keywords into XMP sidecar files that digiKam, Lightroom and others read; the photos themselves are not changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/tag_panel.py" line="79" />
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/tag_panel.py" line="86" />
        <source>No label sets yet. “Edit…” creates one: your own words, such as beach, mountains, city.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/tag_panel.py" line="125" />
        <source>One label per photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/tag_panel.py" line="125" />
        <source>Any number of labels</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/widgets/tag_panel.py" line="132" />
        <source>%n photo(s) tagged “{0}”; click to show them</source>
        <translation>
            <numerusform>%n photo tagged “{0}”; click to show them</numerusform><numerusform>%n photos tagged “{0}”; click to show them</numerusform></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../gui/texts.py" line="26" />
        <source>Searching…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/texts.py" line="28" />
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln photo</numerusform><numerusform>%Ln photos</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/texts.py" line="30" />
        <source>%Ln best match(es)</source>
        <translation>
            <numerusform>%Ln best match</numerusform><numerusform>%Ln best matches</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/texts.py" line="32" />
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform><numerusform>%Ln matches</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="35" />
        <source>in {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="37" />
        <source>searching with the previous model until the new one has seen every photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="39" />
        <source>found by names, folders, keywords and tags until the model is ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="41" />
        <source>not understood as a filter, searched as words: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="44" />
        <source>{0} only pushes results away: type something to look for too</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="48" />
        <source>model on {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="58" />
        <source>Searching needs the model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="59" />
        <source>No photo's name, folder, keywords or tags match. To search by what photos show, set up the model with the button in the status bar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="62" />
        <location filename="../../gui/texts.py" line="127" />
        <source>Loading model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="63" />
        <source>Your search runs as soon as the model is ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="67" />
        <source>Add a folder to start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="68" />
        <source>Choose a folder with photos, or drop one on the window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="71" />
        <source>Looking for photos…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="72" />
        <source>Photos appear here as they are indexed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="73" />
        <source>No photos yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="74" />
        <source>No photos were found in your folders. New ones are picked up as they arrive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="77" />
        <source>No good matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="78" />
        <source>No photo stands out for this search. “Show weaker matches” above lists the closest ones anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="80" />
        <source>Try other words, or another folder or date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="81" />
        <source>No photos match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="89" />
        <source>place: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="89" />
        <source>place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="90" />
        <source>keyword</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="90" />
        <source>file or folder name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="91" />
        <source>text in photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="92" />
        <source>tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="93" />
        <source>picture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="95" />
        <source>Matched by: {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="101" />
        <source>Indexing stopped; what was done is kept.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../gui/texts.py" line="105" />
        <source>%Ln photo(s) indexed</source>
        <translation>
            <numerusform>%Ln photo indexed</numerusform><numerusform>%Ln photos indexed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/texts.py" line="107" />
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln moved</numerusform><numerusform>%Ln moved</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/texts.py" line="109" />
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln removed</numerusform><numerusform>%Ln removed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/texts.py" line="111" />
        <source>%Ln folder(s) not found</source>
        <translation>
            <numerusform>%Ln folder not found</numerusform><numerusform>%Ln folders not found</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/texts.py" line="113" />
        <source>%Ln folder(s) or file(s) cannot be read</source>
        <translation>
            <numerusform>%Ln folder or file cannot be read</numerusform><numerusform>%Ln folders or files cannot be read</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/texts.py" line="115" />
        <source>%Ln new photo(s) listed; searching by what they show needs the model</source>
        <translation>
            <numerusform>%Ln new photo listed; searching by what they show needs the model</numerusform><numerusform>%Ln new photos listed; searching by what they show needs the model</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/texts.py" line="118" />
        <source>Up to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="121" />
        <source>in {0} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="129" />
        <source>Downloading model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/texts.py" line="131" />
        <source>Model not set up — fix…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="103" />
        <source>Photo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="127" />
        <source>Previous (Left arrow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="130" />
        <source>Next (Right arrow)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="159" />
        <source>Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="159" />
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="159" />
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="160" />
        <source>Camera</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="160" />
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="161" />
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="161" />
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="171" />
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="174" />
        <source>Show in folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="176" />
        <source>Copy path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="178" />
        <source>More like this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="180" />
        <source>Copy coordinates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="181" />
        <source>Copy the latitude and longitude, e.g. to paste into a map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="231" />
        <source>{0} of {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="220" />
        <location filename="../../gui/dialogs/viewer.py" line="244" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="255" />
        <source>{0} (file date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="257" />
        <source>{0} × {1} px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="259" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="262" />
        <source>{0}, with RAW {1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/dialogs/viewer.py" line="284" />
        <source>This photo cannot be shown: {0}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../gui/widgets/welcome.py" line="47" />
        <source>Welcome to photoclip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/welcome.py" line="56" />
        <source>Find any photo by describing it — “birthday cake with candles”, “snowy mountain lake” — or by showing a similar one. photoclip looks at your photos on this computer; nothing is uploaded, and your folders are only read, never changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/welcome.py" line="66" />
        <source>Which folders hold your photos?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/welcome.py" line="80" />
        <source>Use {0}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/welcome.py" line="84" />
        <source>Choose a folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../gui/widgets/welcome.py" line="93" />
        <source>You can add more folders later, or drop a folder on the window. New photos in them are picked up while photoclip runs.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>