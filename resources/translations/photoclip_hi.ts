<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>Bridge</name>
    <message>
        <source>{0} did not stop in time</source>
        <translation>{0} समय पर नहीं रुका</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>डाउनलोड रद्द किया गया।</translation>
    </message>
    <message>
        <source>Indexing stopped: {0}</source>
        <translation>इंडेक्सिंग रुक गई: {0}</translation>
    </message>
    <message>
        <source>Reading text in photos stopped: {0}</source>
        <translation>फ़ोटो में लिखा टेक्स्ट पढ़ना रुक गया: {0}</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message numerus="yes">
        <source>burst of %n, {0:g} s</source>
        <translation>
            <numerusform>%n फ़ोटो का बर्स्ट, {0:g} सेकंड</numerusform>
            <numerusform>%n फ़ोटो का बर्स्ट, {0:g} सेकंड</numerusform>
        </translation>
    </message>
    <message>
        <source>similar shots</source>
        <translation>मिलते-जुलते शॉट</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>कॉपी</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n फ़ोटो</numerusform>
            <numerusform>%n फ़ोटो</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} to free</source>
        <translation>{0} खाली होगा</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>रखें</translation>
    </message>
    <message>
        <source>extra copy</source>
        <translation>अतिरिक्त कॉपी</translation>
    </message>
    <message>
        <source>no date taken</source>
        <translation>खींचने की तारीख नहीं</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>आकार अज्ञात</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>आपकी पसंद</translation>
    </message>
    <message>
        <source>sharpest</source>
        <translation>सबसे शार्प</translation>
    </message>
    <message>
        <source>sharpest: {0:.1f}× the focus measure of the next</source>
        <translation>सबसे शार्प: अगली फ़ोटो से {0:.1f} गुना ज़्यादा फ़ोकस</translation>
    </message>
    <message>
        <source>the RAW original of a RAW + JPEG pair</source>
        <translation>RAW + JPEG जोड़ी की मूल RAW फ़ाइल</translation>
    </message>
    <message>
        <source>the RAW original</source>
        <translation>मूल RAW फ़ाइल</translation>
    </message>
    <message>
        <source>highest resolution: {0:.1f} MP against {1:.1f} MP</source>
        <translation>सबसे ज़्यादा रेज़ोल्यूशन: {0:.1f} MP (अगली: {1:.1f} MP)</translation>
    </message>
    <message>
        <source>largest file: {0} against {1}</source>
        <translation>सबसे बड़ी फ़ाइल: {0} (अगली: {1})</translation>
    </message>
    <message>
        <source>earliest date taken</source>
        <translation>खींचने की सबसे पुरानी तारीख</translation>
    </message>
    <message>
        <source>richest metadata (date taken, camera)</source>
        <translation>सबसे ज़्यादा मेटाडेटा (खींचने की तारीख, कैमरा)</translation>
    </message>
    <message>
        <source>shortest file name (copies get suffixes)</source>
        <translation>सबसे छोटा फ़ाइल नाम (कॉपी के नाम में कुछ जुड़ जाता है)</translation>
    </message>
    <message>
        <source>in the library longest</source>
        <translation>लाइब्रेरी में सबसे लंबे समय से</translation>
    </message>
    <message>
        <source>suggested to keep</source>
        <translation>रखने का सुझाव</translation>
    </message>
    <message>
        <source>kept: {0}</source>
        <translation>रखने का कारण: {0}</translation>
    </message>
    <message>
        <source>identical bytes</source>
        <translation>बाइट-दर-बाइट एक जैसी</translation>
    </message>
    <message numerus="yes">
        <source>%n bit(s) from the suggested photo</source>
        <translation>
            <numerusform>सुझाई गई फ़ोटो से %n बिट का अंतर</numerusform>
            <numerusform>सुझाई गई फ़ोटो से %n बिट का अंतर</numerusform>
        </translation>
    </message>
    <message>
        <source>similarity {0:.3f} to the suggested photo</source>
        <translation>सुझाई गई फ़ोटो से समानता {0:.3f}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>left alone: {0}</source>
        <translation>छोड़ दी गई: {0}</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>रखें</translation>
    </message>
    <message>
        <source>Extra copy</source>
        <translation>अतिरिक्त कॉपी</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <source>Duplicates</source>
        <translation>डुप्लिकेट</translation>
    </message>
    <message>
        <source>What counts as a duplicate</source>
        <translation>डुप्लिकेट किसे मानें</translation>
    </message>
    <message>
        <source>Same picture</source>
        <translation>वही तस्वीर</translation>
    </message>
    <message>
        <source>Copies re-saved, resized, converted to another format or slightly cropped</source>
        <translation>दोबारा सेव की गई, आकार बदली गई, दूसरे फ़ॉर्मैट में बदली गई या थोड़ी क्रॉप की गई कॉपी</translation>
    </message>
    <message>
        <source>Identical files</source>
        <translation>एक जैसी फ़ाइलें</translation>
    </message>
    <message>
        <source>Files with exactly the same bytes</source>
        <translation>बिल्कुल एक जैसे बाइट वाली फ़ाइलें</translation>
    </message>
    <message>
        <source>Similar shots</source>
        <translation>मिलते-जुलते शॉट</translation>
    </message>
    <message>
        <source>Near-identical photos, such as a burst of the same moment</source>
        <translation>लगभग एक जैसी फ़ोटो, जैसे एक ही पल के बर्स्ट शॉट</translation>
    </message>
    <message>
        <source>Strictness</source>
        <translation>सख़्ती</translation>
    </message>
    <message>
        <source>Where to look</source>
        <translation>कहाँ खोजें</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>पूरी लाइब्रेरी</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>in</source>
        <translation>में:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>डुप्लिकेट समूह</translation>
    </message>
    <message>
        <source>Photos of this group</source>
        <translation>इस समूह की फ़ोटो</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>इसे रखें</translation>
    </message>
    <message>
        <source>Keep the chosen photo instead (Space)</source>
        <translation>इसके बजाय चुनी गई फ़ोटो रखें (Space)</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>डुप्लिकेट नहीं</translation>
    </message>
    <message>
        <source>These photos are not duplicates; never show them as a group again (N)</source>
        <translation>ये फ़ोटो डुप्लिकेट नहीं हैं; इन्हें फिर कभी समूह के रूप में न दिखाएँ (N)</translation>
    </message>
    <message>
        <source>Move others…</source>
        <translation>बाकी को ले जाएँ…</translation>
    </message>
    <message>
        <source>Move every photo but the one to keep into a folder you choose (M)</source>
        <translation>रखी जाने वाली फ़ोटो को छोड़कर बाकी सभी को आपके चुने फ़ोल्डर में ले जाएँ (M)</translation>
    </message>
    <message>
        <source>Move others to trash…</source>
        <translation>बाकी को ट्रैश में डालें…</translation>
    </message>
    <message>
        <source>Send every photo but the one to keep to the trash (Delete)</source>
        <translation>रखी जाने वाली फ़ोटो को छोड़कर बाकी सभी को ट्रैश में भेजें (Delete)</translation>
    </message>
    <message>
        <source>←/→ choose a photo · Space keep it · Delete trash the others · M move them · N not duplicates · Page Up/Down other groups</source>
        <translation>←/→ फ़ोटो चुनें · Space इसे रखें · Delete बाकी को ट्रैश में डालें · M बाकी को ले जाएँ · N डुप्लिकेट नहीं · Page Up/Down दूसरे समूह</translation>
    </message>
    <message>
        <source>Trash extra copies in all groups…</source>
        <translation>सभी समूहों की अतिरिक्त कॉपी ट्रैश में डालें…</translation>
    </message>
    <message>
        <source>Bursts are left alone: review them one by one</source>
        <translation>बर्स्ट शॉट छोड़ दिए जाते हैं: उन्हें एक-एक करके देखें</translation>
    </message>
    <message>
        <source>Which groups to show</source>
        <translation>कौन-से समूह दिखाएँ</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>सभी समूह</translation>
    </message>
    <message>
        <source>Copies and similar shots</source>
        <translation>कॉपी और मिलते-जुलते शॉट</translation>
    </message>
    <message>
        <source>Bursts</source>
        <translation>बर्स्ट शॉट</translation>
    </message>
    <message>
        <source>Give the keeper the others&apos; tags and keywords</source>
        <translation>बाकी फ़ोटो के टैग और कीवर्ड रखी जाने वाली फ़ोटो को दें</translation>
    </message>
    <message>
        <source>Also their rating, location and date taken, when the keeper has none</source>
        <translation>रखी जाने वाली फ़ोटो में न हों तो उनकी रेटिंग, स्थान और ली जाने की तारीख़ भी</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>आख़िरी काम पहले जैसा करें</translation>
    </message>
    <message>
        <source>Put back the photos the last trash or move sent away, and the keeper&apos;s tags as they were</source>
        <translation>पिछली बार ट्रैश में डाली गई या ले जाई गई फ़ोटो वापस लाएँ, और रखी गई फ़ोटो के टैग पहले जैसे करें</translation>
    </message>
    <message>
        <source>The library cannot be opened: {0}</source>
        <translation>लाइब्रेरी नहीं खुल सकी: {0}</translation>
    </message>
    <message numerus="yes">
        <source>up to %n bit(s) apart</source>
        <translation>
            <numerusform>अधिकतम %n बिट का अंतर</numerusform>
            <numerusform>अधिकतम %n बिट का अंतर</numerusform>
        </translation>
    </message>
    <message>
        <source>Perceptual-hash distance: 0 finds only near-exact copies, higher finds more edited copies and risks unrelated look-alikes</source>
        <translation>परसेप्चुअल हैश की दूरी: 0 पर केवल लगभग हूबहू कॉपी मिलती हैं; इसे बढ़ाने पर ज़्यादा संपादित कॉपी मिलती हैं, पर असंबंधित मिलती-जुलती फ़ोटो भी आ सकती हैं</translation>
    </message>
    <message>
        <source>similarity ≥ {0:.2f}</source>
        <translation>समानता ≥ {0:.2f}</translation>
    </message>
    <message>
        <source>CLIP similarity: higher finds only near-identical shots, lower finds broader look-alikes</source>
        <translation>CLIP समानता: ज़्यादा रखने पर केवल लगभग एक जैसे शॉट मिलते हैं, कम रखने पर ज़्यादा मिलती-जुलती फ़ोटो</translation>
    </message>
    <message>
        <source>same bytes</source>
        <translation>एक जैसे बाइट</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>डुप्लिकेट खोजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>Reading photos indexed before duplicates were looked for: %v of %m</source>
        <translation>डुप्लिकेट खोज से पहले इंडेक्स की गई फ़ोटो पढ़ी जा रही हैं: %m में से %v</translation>
    </message>
    <message>
        <source>Comparing photos: %v of %m</source>
        <translation>फ़ोटो की तुलना हो रही है: %m में से %v</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>कोई डुप्लिकेट नहीं मिला।</translation>
    </message>
    <message>
        <source>Stopped. Photos read so far need not be read again next time.</source>
        <translation>रोका गया। अब तक पढ़ी गई फ़ोटो अगली बार दोबारा नहीं पढ़नी पड़ेंगी।</translation>
    </message>
    <message>
        <source>Finding duplicates did not work: {0}</source>
        <translation>डुप्लिकेट खोजना सफल नहीं हुआ: {0}</translation>
    </message>
    <message>
        <source>Every group has been dealt with.</source>
        <translation>सभी समूह निपटा दिए गए।</translation>
    </message>
    <message>
        <source>No groups of this kind.</source>
        <translation>इस तरह का कोई समूह नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n समूह</numerusform>
            <numerusform>%n समूह</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra photo(s)</source>
        <translation>
            <numerusform>%n अतिरिक्त फ़ोटो</numerusform>
            <numerusform>%n अतिरिक्त फ़ोटो</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n to trash…</source>
        <translation>
            <numerusform>%n को ट्रैश में डालें…</numerusform>
            <numerusform>%n को ट्रैश में डालें…</numerusform>
        </translation>
    </message>
    <message>
        <source>identical files</source>
        <translation>एक जैसी फ़ाइलें</translation>
    </message>
    <message numerus="yes">
        <source>the same picture (at most %n bit(s) apart)</source>
        <translation>
            <numerusform>वही तस्वीर (अधिकतम %n बिट का अंतर)</numerusform>
            <numerusform>वही तस्वीर (अधिकतम %n बिट का अंतर)</numerusform>
        </translation>
    </message>
    <message>
        <source>similar shots (similarity at least {0:.3f})</source>
        <translation>मिलते-जुलते शॉट (समानता कम से कम {0:.3f})</translation>
    </message>
    <message>
        <source>Group {0} of {1}, {2}: {3}. Keeping “{4}” ({5}).</source>
        <translation>समूह {1} में से {0}, {2}: {3}। “{4}” रखी जा रही है ({5})।</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>ट्रैश में डालें</translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) (%1) to the trash?</source>
        <translation>
            <numerusform>%n फ़ोटो (%1) ट्रैश में डालें?</numerusform>
            <numerusform>%n फ़ोटो (%1) ट्रैश में डालें?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping “{0}”. You can restore them from the trash.</source>
        <translation>“{0}” रखी जा रही है। बाकी को आप ट्रैश से वापस ला सकते हैं।</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>ट्रैश में डालें</translation>
    </message>
    <message numerus="yes">
        <source>Bursts left alone: %n.</source>
        <translation>
            <numerusform>छोड़े गए बर्स्ट: %n।</numerusform>
            <numerusform>छोड़े गए बर्स्ट: %n।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n group(s); each keeps the photo marked “Keep”. You can restore them from the trash.</source>
        <translation>
            <numerusform>%n समूह से; हर समूह में “रखें” वाली फ़ोटो बनी रहती है। आप इन्हें ट्रैश से वापस ला सकते हैं।</numerusform>
            <numerusform>%n समूहों से; हर समूह में “रखें” वाली फ़ोटो बनी रहती है। आप इन्हें ट्रैश से वापस ला सकते हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag decision(s)</source>
        <translation>
            <numerusform>टैग से जुड़ा %n फ़ैसला</numerusform>
            <numerusform>टैग से जुड़े %n फ़ैसले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keyword(s), title(s) or description(s)</source>
        <translation>
            <numerusform>%n कीवर्ड, शीर्षक या विवरण</numerusform>
            <numerusform>%n कीवर्ड, शीर्षक या विवरण</numerusform>
        </translation>
    </message>
    <message>
        <source>a rating</source>
        <translation>एक रेटिंग</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n रेटिंग</numerusform>
            <numerusform>%n रेटिंग</numerusform>
        </translation>
    </message>
    <message>
        <source>a location</source>
        <translation>एक स्थान</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n स्थान</numerusform>
            <numerusform>%n स्थान</numerusform>
        </translation>
    </message>
    <message>
        <source>a date taken</source>
        <translation>ली जाने की एक तारीख़</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) taken</source>
        <translation>
            <numerusform>ली जाने की %n तारीख़</numerusform>
            <numerusform>ली जाने की %n तारीख़ें</numerusform>
        </translation>
    </message>
    <message>
        <source>Before they go, the keeper receives {0}.</source>
        <translation>बाकी फ़ोटो हटने से पहले, रखी जाने वाली फ़ोटो को ये मिलेंगे: {0}।</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n XMP sidecar file(s) will go with them.</source>
        <translation>
            <numerusform>उनके साथ %n XMP साइडकार फ़ाइल भी जाएगी।</numerusform>
            <numerusform>उनके साथ %n XMP साइडकार फ़ाइलें भी जाएँगी।</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” stays: “{1}” uses it too.</source>
        <translation>“{0}” रहेगी: “{1}” भी इसका उपयोग करती है।</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>पहले जैसा करने के लिए कुछ नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n photo(s); they return to the library at the next index.</source>
        <translation>
            <numerusform>%n फ़ोटो वापस लाई गई; अगली इंडेक्सिंग में यह लाइब्रेरी में लौट आएगी।</numerusform>
            <numerusform>%n फ़ोटो वापस लाई गईं; अगली इंडेक्सिंग में ये लाइब्रेरी में लौट आएँगी।</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” could not be put back: {1}</source>
        <translation>“{0}” वापस नहीं लाई जा सकी: {1}</translation>
    </message>
    <message>
        <source>“{0}” was put back as “{1}”: a file of that name is there again.</source>
        <translation>“{0}” को “{1}” के रूप में वापस रखा गया: उस नाम की एक फ़ाइल फिर से वहाँ है।</translation>
    </message>
    <message>
        <source>Move the other copies to</source>
        <translation>बाकी कॉपी कहाँ ले जाएँ</translation>
    </message>
    <message>
        <source>Move photos</source>
        <translation>फ़ोटो ले जाएँ</translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) (%1) into “%2”?</source>
        <translation>
            <numerusform>%n फ़ोटो (%1) “%2” में ले जाएँ?</numerusform>
            <numerusform>%n फ़ोटो (%1) “%2” में ले जाएँ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Files already there are never overwritten; the moved photos leave the library.</source>
        <translation>वहाँ पहले से मौजूद फ़ाइलें कभी ओवरराइट नहीं होतीं; ले जाई गई फ़ोटो लाइब्रेरी से हट जाती हैं।</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>ले जाएँ</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>ले जाई गईं</translation>
    </message>
    <message>
        <source>Trashed</source>
        <translation>ट्रैश में डाली गईं</translation>
    </message>
    <message numerus="yes">
        <source>{0} %n photo(s), {1}.</source>
        <translation>
            <numerusform>{0}: %n फ़ोटो, {1}।</numerusform>
            <numerusform>{0}: %n फ़ोटो, {1}।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone (see the cards for why).</source>
        <translation>
            <numerusform>%n को छोड़ दिया गया (कारण कार्ड पर देखें)।</numerusform>
            <numerusform>%n को छोड़ दिया गया (कारण कार्ड पर देखें)।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Sort</source>
        <translation>क्रम</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>सबसे अच्छा मिलान पहले</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>सबसे नई पहले</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>सबसे पुरानी पहले</translation>
    </message>
    <message>
        <source>Order of the results; a search keeps only its matches whatever the order</source>
        <translation>नतीजों का क्रम; क्रम चाहे जो हो, खोज केवल मिलान वाली फ़ोटो दिखाती है</translation>
    </message>
    <message>
        <source>Camera filter</source>
        <translation>कैमरा फ़िल्टर</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>टैग फ़िल्टर</translation>
    </message>
    <message>
        <source>Place filter</source>
        <translation>जगह फ़िल्टर</translation>
    </message>
    <message>
        <source>Where the photos were taken, from their GPS positions</source>
        <translation>फ़ोटो कहाँ खींची गईं, उनकी GPS लोकेशन के आधार पर</translation>
    </message>
    <message>
        <source>Show &amp;weaker matches</source>
        <translation>कमज़ोर मिलान दिखाएँ(&amp;W)</translation>
    </message>
    <message>
        <source>Also list the photos below the cut-off, ranked</source>
        <translation>कट-ऑफ़ से नीचे की फ़ोटो भी रैंक के साथ दिखाएँ</translation>
    </message>
    <message>
        <source>Any camera</source>
        <translation>कोई भी कैमरा</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>कोई भी टैग</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>कोई भी जगह</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) and the weaker ones below the cut-off</source>
        <translation>
            <numerusform>%n मिलान और कट-ऑफ़ से नीचे के कमज़ोर मिलान</numerusform>
            <numerusform>%n मिलान और कट-ऑफ़ से नीचे के कमज़ोर मिलान</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weaker match(es) hidden</source>
        <translation>
            <numerusform>%n कमज़ोर मिलान छिपा है</numerusform>
            <numerusform>%n कमज़ोर मिलान छिपे हैं</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;weaker matches</source>
        <translation>कमज़ोर मिलान छिपाएँ(&amp;W)</translation>
    </message>
</context>
<context>
    <name>FolderListModel</name>
    <message>
        <source>All photos</source>
        <translation>सभी फ़ोटो</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln फ़ोटो</numerusform>
            <numerusform>%Ln फ़ोटो</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found — unplugged or moved?</source>
        <translation>नहीं मिला — निकाला गया या कहीं और ले जाया गया?</translation>
    </message>
    <message>
        <source>Cannot be read — check its permissions</source>
        <translation>पढ़ा नहीं जा सकता — इसकी अनुमतियाँ जाँचें</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln छोड़ी गई</numerusform>
            <numerusform>%Ln छोड़ी गईं</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>इंडेक्स हो रहा है…</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>फ़ोटो खोजी जा रही हैं…</translation>
    </message>
    <message>
        <source>{0}
Cannot be read: {1}. Its photos are kept as they were until photoclip may read it again.</source>
        <translation>{0}
पढ़ा नहीं जा सकता: {1}। जब तक photoclip इसे फिर से न पढ़ सके, इसकी फ़ोटो जैसी थीं वैसी ही रखी जाती हैं।</translation>
    </message>
    <message>
        <source>Every photo in the library</source>
        <translation>लाइब्रेरी की हर फ़ोटो</translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>लगभग %n सेकंड बाकी</numerusform>
            <numerusform>लगभग %n सेकंड बाकी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>लगभग %n मिनट बाकी</numerusform>
            <numerusform>लगभग %n मिनट बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>about {0} h {1} min left</source>
        <translation>लगभग {0} घंटे {1} मिनट बाकी</translation>
    </message>
    <message>
        <source>Stop indexing (what is done is kept)</source>
        <translation>इंडेक्सिंग रोकें (जो हो चुका है वह बना रहेगा)</translation>
    </message>
    <message>
        <source>Files that could not be read, and why</source>
        <translation>जो फ़ाइलें पढ़ी नहीं जा सकीं, और क्यों</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>इंडेक्सिंग फिर शुरू करें</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>इंडेक्सिंग रोकें</translation>
    </message>
    <message>
        <source>Stop reading text in photos (what is read is kept)</source>
        <translation>फ़ोटो में टेक्स्ट पढ़ना रोकें (जो पढ़ा जा चुका है वह बना रहेगा)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>Indexing paused</source>
        <translation>इंडेक्सिंग रुकी हुई है</translation>
    </message>
    <message>
        <source>Looking for new and changed photos…</source>
        <translation>नई और बदली हुई फ़ोटो खोजी जा रही हैं…</translation>
    </message>
    <message>
        <source>Listing new photos {0} of {1}</source>
        <translation>नई फ़ोटो की सूची बन रही है: {1} में से {0}</translation>
    </message>
    <message>
        <source>Indexing {0} of {1}</source>
        <translation>इंडेक्स हो रहा है: {1} में से {0}</translation>
    </message>
    <message>
        <source>{0} photos/s</source>
        <translation>{0} फ़ोटो/सेकंड</translation>
    </message>
    <message>
        <source>Reading text {0} of {1}</source>
        <translation>टेक्स्ट पढ़ा जा रहा है: {1} में से {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln छोड़ी गई</numerusform>
            <numerusform>%Ln छोड़ी गईं</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelScoresDialog</name>
    <message>
        <source>Photos by score</source>
        <translation>स्कोर के अनुसार फ़ोटो</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>लेबल(&amp;L)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>स्कोर</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>शामिल</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation>सीमा(&amp;T)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>सीमा</translation>
    </message>
    <message>
        <source>&amp;Use this threshold</source>
        <translation>यह सीमा इस्तेमाल करें(&amp;U)</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>स्कोर निकाले जा रहे हैं…</translation>
    </message>
    <message>
        <source>At this threshold, {0} of {1} photos would be tagged (now: {2}).</source>
        <translation>इस सीमा पर {1} में से {0} फ़ोटो पर टैग लगेगा (अभी: {2})।</translation>
    </message>
    <message>
        <source>Tagging…</source>
        <translation>टैग लगाए जा रहे हैं…</translation>
    </message>
</context>
<context>
    <name>LabelSetEditor</name>
    <message>
        <source>Label sets</source>
        <translation>लेबल सेट</translation>
    </message>
    <message>
        <source>New set</source>
        <translation>नया सेट</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>सेट हटाएँ</translation>
    </message>
    <message>
        <source>e.g. Scenes</source>
        <translation>जैसे: दृश्य</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>नाम(&amp;N)</translation>
    </message>
    <message>
        <source>One label per photo, or none</source>
        <translation>हर फ़ोटो पर एक लेबल या कोई नहीं</translation>
    </message>
    <message>
        <source>Any number of labels</source>
        <translation>कितने भी लेबल</translation>
    </message>
    <message>
        <source>&amp;Choice</source>
        <translation>चुनाव(&amp;C)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>The similarity a label needs (one-label sets: to beat “none of these”)</source>
        <translation>किसी लेबल के लिए ज़रूरी समानता (एक-लेबल वाले सेट में: “इनमें से कोई नहीं” से आगे निकलने के लिए)</translation>
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation>सीमा(&amp;T)</translation>
    </message>
    <message>
        <source>Tag new photos as they are indexed</source>
        <translation>नई फ़ोटो इंडेक्स होते ही उन पर टैग लगाएँ</translation>
    </message>
    <message>
        <source>Labels (prompts of their own, separated by “;”, are optional):</source>
        <translation>लेबल (अपने प्रॉम्प्ट, “;” से अलग करके, वैकल्पिक हैं):</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Own prompts</source>
        <translation>अपने प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>सीमा</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>लेबल</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>लेबल जोड़ें</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>लेबल हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सेव करें(&amp;S)</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>किस पर लागू करें</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>लागू करें(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>पूरी लाइब्रेरी</translation>
    </message>
    <message>
        <source>The folder chosen in the side bar</source>
        <translation>साइड बार में चुना गया फ़ोल्डर</translation>
    </message>
    <message>
        <source>The photos now in the grid</source>
        <translation>अभी ग्रिड में दिख रही फ़ोटो</translation>
    </message>
    <message>
        <source>The selected photos</source>
        <translation>चुनी गई फ़ोटो</translation>
    </message>
    <message>
        <source>A label set needs a name.</source>
        <translation>लेबल सेट का एक नाम होना चाहिए।</translation>
    </message>
    <message>
        <source>The threshold of “{0}” is not a number.</source>
        <translation>“{0}” की सीमा कोई संख्या नहीं है।</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>“{0}” सेव हो गया।</translation>
    </message>
    <message>
        <source>Delete label set</source>
        <translation>लेबल सेट हटाएँ</translation>
    </message>
    <message>
        <source>Delete “{0}” with its labels, tags and your decisions about them?

The photos stay as they are.</source>
        <translation>“{0}” को उसके लेबल, टैग और उन पर आपके फ़ैसलों के साथ हटाएँ?

फ़ोटो जैसी हैं वैसी ही रहेंगी।</translation>
    </message>
    <message>
        <source>Tagging…</source>
        <translation>टैग लगाए जा रहे हैं…</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n photo(s). </source>
        <translation>
            <numerusform>%n फ़ोटो पर टैग लगाया गया। </numerusform>
            <numerusform>%n फ़ोटो पर टैग लगाए गए। </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not indexed yet)</source>
        <translation>
            <numerusform>(%n अभी इंडेक्स नहीं हुई)</numerusform>
            <numerusform>(%n अभी इंडेक्स नहीं हुईं)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This search did not work</source>
        <translation>यह खोज नहीं चली</translation>
    </message>
    <message>
        <source>Choose a folder with photos</source>
        <translation>फ़ोटो वाला फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>फ़ोल्डर हटाएँ</translation>
    </message>
    <message>
        <source>Remove “{0}” from the library?

Its photos leave photoclip&apos;s search; the files themselves stay where they are, untouched.</source>
        <translation>“{0}” को लाइब्रेरी से हटाएँ?

इसकी फ़ोटो photoclip की खोज से हट जाएँगी; फ़ाइलें अपनी जगह पर बिना छुए बनी रहेंगी।</translation>
    </message>
    <message>
        <source>the photos in “{0}”</source>
        <translation>“{0}” की फ़ोटो</translation>
    </message>
    <message>
        <source>every photo in the library</source>
        <translation>लाइब्रेरी की हर फ़ोटो</translation>
    </message>
    <message>
        <source>Export tags</source>
        <translation>टैग एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Write the tags of {0} as keywords into XMP sidecar files beside them?

The photos themselves are not changed; a sidecar already there keeps everything else it holds.</source>
        <translation>{0} के टैग कीवर्ड के रूप में उनके पास की XMP साइडकार फ़ाइलों में लिखें?

फ़ोटो नहीं बदलतीं; पहले से मौजूद साइडकार में बाकी सब कुछ बना रहता है।</translation>
    </message>
    <message numerus="yes">
        <source>Tags exported: %n sidecar(s) written</source>
        <translation>
            <numerusform>टैग एक्सपोर्ट हुए: %n साइडकार लिखी गई</numerusform>
            <numerusform>टैग एक्सपोर्ट हुए: %n साइडकार लिखी गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already up to date</source>
        <translation>
            <numerusform>, %n पहले से अप-टू-डेट</numerusform>
            <numerusform>, %n पहले से अप-टू-डेट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped (first: {0})</source>
        <translation>
            <numerusform>, %n छोड़ी गई (पहली: {0})</numerusform>
            <numerusform>, %n छोड़ी गईं (पहली: {0})</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting tags did not work: {0}</source>
        <translation>टैग एक्सपोर्ट नहीं हो सके: {0}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>photoclip speaks the new language from its next start. Restart now?</source>
        <translation>photoclip अगली बार शुरू होने पर नई भाषा में दिखेगा। अभी फिर से शुरू करें?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>अभी फिर से शुरू करें</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>photoclip cannot start</source>
        <translation>photoclip शुरू नहीं हो सका</translation>
    </message>
    <message>
        <source>photoclip</source>
        <translation>photoclip</translation>
    </message>
    <message>
        <source>photoclip cannot open its library.</source>
        <translation>photoclip अपनी लाइब्रेरी नहीं खोल सका।</translation>
    </message>
</context>
<context>
    <name>ModelSetupDialog</name>
    <message>
        <source>Setting up the model</source>
        <translation>मॉडल सेट किया जा रहा है</translation>
    </message>
    <message>
        <source>Choose a local checkpoint file…</source>
        <translation>कंप्यूटर पर रखी चेकपॉइंट फ़ाइल चुनें…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Choose the model&apos;s checkpoint file</source>
        <translation>मॉडल की चेकपॉइंट फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Model checkpoints (*.safetensors *.bin *.pt *.pth);;All files (*)</source>
        <translation>मॉडल चेकपॉइंट (*.safetensors *.bin *.pt *.pth);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>about {0} MB</source>
        <translation>लगभग {0} MB</translation>
    </message>
    <message>
        <source>its weights</source>
        <translation>इसके वेट</translation>
    </message>
    <message>
        <source>photoclip speaks your language, but this model understands searches in English only. The multilingual model {0} understands yours too: about {1} MB to download once, and indexing is a little slower.</source>
        <translation>photoclip आपकी भाषा में है, पर यह मॉडल केवल अंग्रेज़ी में की गई खोज समझता है। बहुभाषी मॉडल {0} आपकी भाषा भी समझता है: एक बार लगभग {1} MB डाउनलोड, और इंडेक्सिंग थोड़ी धीमी।</translation>
    </message>
    <message>
        <source>Use the multilingual model</source>
        <translation>बहुभाषी मॉडल इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Downloading the model</source>
        <translation>मॉडल डाउनलोड हो रहा है</translation>
    </message>
    <message>
        <source>photoclip needs the model {0} ({1}) to understand your photos. It is downloaded once from Hugging Face and then works offline; your photos never leave this computer.</source>
        <translation>आपकी फ़ोटो समझने के लिए photoclip को मॉडल {0} ({1}) चाहिए। यह Hugging Face से एक बार डाउनलोड होता है और फिर ऑफ़लाइन काम करता है; आपकी फ़ोटो कभी इस कंप्यूटर से बाहर नहीं जातीं।</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>मॉडल लोड हो रहा है…</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>इसमें कुछ सेकंड लगते हैं।</translation>
    </message>
    <message>
        <source>The model is not downloaded yet</source>
        <translation>मॉडल अभी डाउनलोड नहीं हुआ है</translation>
    </message>
    <message>
        <source>photoclip needs the model {0} ({1}).</source>
        <translation>photoclip को मॉडल {0} ({1}) चाहिए।</translation>
    </message>
    <message>
        <source>The model is not available</source>
        <translation>मॉडल उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>“Choose a local checkpoint file…” below</source>
        <translation>नीचे दिए “कंप्यूटर पर रखी चेकपॉइंट फ़ाइल चुनें…”</translation>
    </message>
    <message>
        <source>choose it with {0}</source>
        <translation>{0} से इसे चुनें</translation>
    </message>
    <message>
        <source>Your photos are indexed, and become searchable, as soon as the model is set up.</source>
        <translation>मॉडल सेट होते ही आपकी फ़ोटो इंडेक्स होंगी और खोजी जा सकेंगी।</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{1} में से {0}</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>View</source>
        <translation>देखें</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>ऐसी और फ़ोटो</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>फ़ोल्डर में दिखाएँ</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>पाथ कॉपी करें</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n path(s)</source>
        <translation>
            <numerusform>%n पाथ कॉपी करें</numerusform>
            <numerusform>%n पाथ कॉपी करें</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoTagsPanel</name>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>स्कोर</translation>
    </message>
    <message>
        <source>Tags of this photo</source>
        <translation>इस फ़ोटो के टैग</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>This photo has this tag</source>
        <translation>इस फ़ोटो पर यह टैग लागू है</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>This photo does not have this tag</source>
        <translation>इस फ़ोटो पर यह टैग लागू नहीं है</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पहले जैसा करें</translation>
    </message>
    <message>
        <source>Forget your decision; the machine&apos;s suggestion counts again</source>
        <translation>अपना फ़ैसला भूल जाएँ; मशीन का सुझाव फिर से मान्य होगा</translation>
    </message>
    <message>
        <source>Tag to add</source>
        <translation>जोड़ने के लिए टैग</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>आपका</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>सुझाया गया</translation>
    </message>
</context>
<context>
    <name>PhotoTextPanel</name>
    <message>
        <source>Text in this photo</source>
        <translation>इस फ़ोटो में लिखा टेक्स्ट</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>टेक्स्ट कॉपी करें</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>अभी पढ़ा नहीं गया।</translation>
    </message>
    <message>
        <source>Reading text in photos is off (Settings).</source>
        <translation>फ़ोटो में लिखा टेक्स्ट पढ़ना बंद है (सेटिंग)।</translation>
    </message>
    <message>
        <source>No text found.</source>
        <translation>कोई टेक्स्ट नहीं मिला।</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं(&amp;N)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>सहायता</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>अनदेखा करें</translation>
    </message>
</context>
<context>
    <name>ScriptHintBar</name>
    <message>
        <source>This search is written in a script the current model cannot read (it learned English only), so its picture matches mean little.</source>
        <translation>यह खोज ऐसी लिपि में है जिसे मौजूदा मॉडल नहीं पढ़ सकता (उसने केवल अंग्रेज़ी सीखी है), इसलिए तस्वीर से मिले नतीजों का ज़्यादा मतलब नहीं है।</translation>
    </message>
    <message>
        <source>Use the multilingual model (about {0} MB)</source>
        <translation>बहुभाषी मॉडल इस्तेमाल करें (लगभग {0} MB)</translation>
    </message>
    <message>
        <source>Use the multilingual model</source>
        <translation>बहुभाषी मॉडल इस्तेमाल करें</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Describe a photo — “kids on a beach at sunset” (Ctrl+F)</source>
        <translation>फ़ोटो के बारे में लिखें — “सूर्यास्त के समय समुद्र तट पर बच्चे” (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search photos</source>
        <translation>फ़ोटो खोजें</translation>
    </message>
    <message>
        <source>Searching for photos like this one; click to stop</source>
        <translation>इस जैसी फ़ोटो खोजी जा रही हैं; रोकने के लिए क्लिक करें</translation>
    </message>
    <message>
        <source>Date filter</source>
        <translation>तारीख फ़िल्टर</translation>
    </message>
    <message>
        <source>From (taken on or after)</source>
        <translation>से (इस दिन या बाद में खींची गई)</translation>
    </message>
    <message>
        <source>To (taken on or before)</source>
        <translation>तक (इस दिन या पहले खींची गई)</translation>
    </message>
    <message>
        <source>Find duplicates (Ctrl+Shift+D)</source>
        <translation>डुप्लिकेट खोजें (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>डुप्लिकेट खोजें</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Like: {0}</source>
        <translation>इस जैसी: {0}</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>कोई भी तारीख</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>अपनी तारीखें…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>  (multilingual)</source>
        <translation>  (बहुभाषी)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>downloaded automatically</source>
        <translation>अपने-आप डाउनलोड होता है</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Weights file</source>
        <translation>वेट फ़ाइल</translation>
    </message>
    <message>
        <source>Automatic (GPU when there is one)</source>
        <translation>अपने-आप (GPU हो तो GPU)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Run the model on</source>
        <translation>मॉडल कहाँ चले</translation>
    </message>
    <message>
        <source> of {0}</source>
        <translation> / {0}</translation>
    </message>
    <message>
        <source>Fewer threads keep the computer responsive while indexing; more finish sooner.</source>
        <translation>कम थ्रेड रखने से इंडेक्सिंग के दौरान कंप्यूटर तेज़ चलता है; ज़्यादा रखने से काम जल्दी पूरा होता है।</translation>
    </message>
    <message>
        <source>CPU threads for indexing</source>
        <translation>इंडेक्सिंग के लिए CPU थ्रेड</translation>
    </message>
    <message>
        <source>Read the text in photos (signs, receipts, screenshots)</source>
        <translation>फ़ोटो में लिखा टेक्स्ट पढ़ें (साइनबोर्ड, रसीदें, स्क्रीनशॉट)</translation>
    </message>
    <message>
        <source>Search then finds photos by the words written in them. It runs after indexing, at low priority, and can be paused.</source>
        <translation>तब खोज फ़ोटो में लिखे शब्दों से भी फ़ोटो ढूँढ लेती है। यह इंडेक्सिंग के बाद, कम प्राथमिकता पर चलता है और इसे रोका जा सकता है।</translation>
    </message>
    <message>
        <source>Text in photos</source>
        <translation>फ़ोटो में लिखा टेक्स्ट</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>छोटा</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>मध्यम</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>बड़ा</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>थंबनेल का आकार</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>सिस्टम के अनुसार</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरी</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <source>System</source>
        <translation>सिस्टम</translation>
    </message>
    <message>
        <source>Takes effect when photoclip restarts</source>
        <translation>photoclip फिर से शुरू होने पर लागू होगी</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>A custom model</source>
        <translation>कस्टम मॉडल</translation>
    </message>
    <message>
        <source>about {0} MB to download once</source>
        <translation>एक बार लगभग {0} MB डाउनलोड</translation>
    </message>
    <message>
        <source>Switching re-indexes every photo in the background; search keeps using the current model until that is done.</source>
        <translation>बदलने पर हर फ़ोटो बैकग्राउंड में फिर से इंडेक्स होती है; तब तक खोज मौजूदा मॉडल से चलती रहती है।</translation>
    </message>
    <message>
        <source>Choose the model&apos;s checkpoint file</source>
        <translation>मॉडल की चेकपॉइंट फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Model checkpoints (*.safetensors *.bin *.pt *.pth)</source>
        <translation>मॉडल चेकपॉइंट (*.safetensors *.bin *.pt *.pth)</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>LIBRARY</source>
        <translation>लाइब्रेरी</translation>
    </message>
    <message>
        <source>Add a photo folder…</source>
        <translation>फ़ोटो फ़ोल्डर जोड़ें…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>फ़ोल्डर जोड़ें</translation>
    </message>
    <message>
        <source>Remove the selected folder from the library (files stay on disk)</source>
        <translation>चुने गए फ़ोल्डर को लाइब्रेरी से हटाएँ (फ़ाइलें डिस्क पर रहेंगी)</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>फ़ोल्डर हटाएँ</translation>
    </message>
</context>
<context>
    <name>SkippedDialog</name>
    <message>
        <source>Skipped files</source>
        <translation>छोड़ी गई फ़ाइलें</translation>
    </message>
    <message>
        <source>These folders and files could not be read, so what is in them is not brought up to date: photos already in a folder that cannot be read are kept as they were. Files are tried again when they change or can be read again; nothing was touched.</source>
        <translation>ये फ़ोल्डर और फ़ाइलें पढ़ी नहीं जा सकीं, इसलिए इनकी सामग्री अपडेट नहीं हुई: न पढ़े जा सकने वाले फ़ोल्डर में पहले से मौजूद फ़ोटो जैसी थीं वैसी ही रखी गई हैं। फ़ाइलें बदलने पर या फिर से पढ़ी जा सकने पर दोबारा कोशिश होगी; कुछ भी बदला नहीं गया।</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>फ़ोल्डर में दिखाएँ</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>TAGS</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>सब दिखाएँ</translation>
    </message>
    <message>
        <source>Stop filtering by tag</source>
        <translation>टैग से फ़िल्टर करना बंद करें</translation>
    </message>
    <message>
        <source>Scores…</source>
        <translation>स्कोर…</translation>
    </message>
    <message>
        <source>A label&apos;s photos by score, with a threshold to try</source>
        <translation>किसी लेबल की फ़ोटो स्कोर के क्रम में, आज़माने के लिए एक सीमा के साथ</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>बदलें…</translation>
    </message>
    <message>
        <source>Create and edit label sets, and apply them (Ctrl+Shift+T)</source>
        <translation>लेबल सेट बनाएँ, बदलें और लागू करें (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>एक्सपोर्ट…</translation>
    </message>
    <message>
        <source>Write the tags as keywords into XMP sidecar files that digiKam, Lightroom and others read; the photos themselves are not changed</source>
        <translation>टैग को कीवर्ड के रूप में XMP साइडकार फ़ाइलों में लिखें, जिन्हें digiKam, Lightroom और दूसरे ऐप पढ़ते हैं; फ़ोटो नहीं बदलतीं</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>No label sets yet. “Edit…” creates one: your own words, such as beach, mountains, city.</source>
        <translation>अभी कोई लेबल सेट नहीं है। “बदलें…” से एक बनाएँ: अपने शब्द, जैसे समुद्र तट, पहाड़, शहर।</translation>
    </message>
    <message>
        <source>One label per photo</source>
        <translation>हर फ़ोटो पर एक लेबल</translation>
    </message>
    <message>
        <source>Any number of labels</source>
        <translation>कितने भी लेबल</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) tagged “{0}”; click to show them</source>
        <translation>
            <numerusform>“{0}” टैग वाली %n फ़ोटो; दिखाने के लिए क्लिक करें</numerusform>
            <numerusform>“{0}” टैग वाली %n फ़ोटो; दिखाने के लिए क्लिक करें</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Searching…</source>
        <translation>खोजा जा रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln फ़ोटो</numerusform>
            <numerusform>%Ln फ़ोटो</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln best match(es)</source>
        <translation>
            <numerusform>%Ln सबसे अच्छा मिलान</numerusform>
            <numerusform>%Ln सबसे अच्छे मिलान</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln मिलान</numerusform>
            <numerusform>%Ln मिलान</numerusform>
        </translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>{0} में</translation>
    </message>
    <message>
        <source>searching with the previous model until the new one has seen every photo</source>
        <translation>जब तक नया मॉडल हर फ़ोटो न देख ले, पिछले मॉडल से खोजा जा रहा है</translation>
    </message>
    <message>
        <source>found by names, folders, keywords and tags until the model is ready</source>
        <translation>मॉडल तैयार होने तक नाम, फ़ोल्डर, कीवर्ड और टैग से मिलीं</translation>
    </message>
    <message>
        <source>not understood as a filter, searched as words: {0}</source>
        <translation>फ़िल्टर के रूप में समझ नहीं आया, शब्दों की तरह खोजा गया: {0}</translation>
    </message>
    <message>
        <source>{0} only pushes results away: type something to look for too</source>
        <translation>{0} सिर्फ़ नतीजों को बाहर करता है: खोजने के लिए कुछ और भी लिखें</translation>
    </message>
    <message>
        <source>model on {0}</source>
        <translation>मॉडल {0} पर</translation>
    </message>
    <message>
        <source>Searching needs the model</source>
        <translation>खोजने के लिए मॉडल चाहिए</translation>
    </message>
    <message>
        <source>No photo&apos;s name, folder, keywords or tags match. To search by what photos show, set up the model with the button in the status bar.</source>
        <translation>किसी फ़ोटो का नाम, फ़ोल्डर, कीवर्ड या टैग मेल नहीं खाता। फ़ोटो में क्या दिखता है, उससे खोजने के लिए स्टेटस बार के बटन से मॉडल सेट करें।</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>मॉडल लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Your search runs as soon as the model is ready.</source>
        <translation>मॉडल तैयार होते ही आपकी खोज चलेगी।</translation>
    </message>
    <message>
        <source>Add a folder to start</source>
        <translation>शुरू करने के लिए फ़ोल्डर जोड़ें</translation>
    </message>
    <message>
        <source>Choose a folder with photos, or drop one on the window.</source>
        <translation>फ़ोटो वाला फ़ोल्डर चुनें, या कोई फ़ोल्डर विंडो पर छोड़ें।</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>फ़ोटो खोजी जा रही हैं…</translation>
    </message>
    <message>
        <source>Photos appear here as they are indexed.</source>
        <translation>फ़ोटो इंडेक्स होते ही यहाँ दिखेंगी।</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>अभी कोई फ़ोटो नहीं</translation>
    </message>
    <message>
        <source>No photos were found in your folders. New ones are picked up as they arrive.</source>
        <translation>आपके फ़ोल्डरों में कोई फ़ोटो नहीं मिली। नई फ़ोटो आते ही जोड़ ली जाती हैं।</translation>
    </message>
    <message>
        <source>No good matches</source>
        <translation>कोई अच्छा मिलान नहीं</translation>
    </message>
    <message>
        <source>No photo stands out for this search. “Show weaker matches” above lists the closest ones anyway.</source>
        <translation>इस खोज में कोई फ़ोटो अलग से नहीं उभरती। ऊपर “कमज़ोर मिलान दिखाएँ” से फिर भी सबसे क़रीबी फ़ोटो दिखेंगी।</translation>
    </message>
    <message>
        <source>Try other words, or another folder or date.</source>
        <translation>दूसरे शब्द, या कोई और फ़ोल्डर या तारीख आज़माएँ।</translation>
    </message>
    <message>
        <source>No photos match</source>
        <translation>कोई फ़ोटो मेल नहीं खाती</translation>
    </message>
    <message>
        <source>place: {0}</source>
        <translation>जगह: {0}</translation>
    </message>
    <message>
        <source>place</source>
        <translation>जगह</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>कीवर्ड</translation>
    </message>
    <message>
        <source>file or folder name</source>
        <translation>फ़ाइल या फ़ोल्डर का नाम</translation>
    </message>
    <message>
        <source>text in photo</source>
        <translation>फ़ोटो में लिखा टेक्स्ट</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>टैग</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>तस्वीर</translation>
    </message>
    <message>
        <source>Matched by: {0}</source>
        <translation>मिलान का आधार: {0}</translation>
    </message>
    <message>
        <source>Indexing stopped; what was done is kept.</source>
        <translation>इंडेक्सिंग रोकी गई; जो हो चुका है वह बना रहेगा।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) indexed</source>
        <translation>
            <numerusform>%Ln फ़ोटो इंडेक्स हुई</numerusform>
            <numerusform>%Ln फ़ोटो इंडेक्स हुईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln ले जाई गई</numerusform>
            <numerusform>%Ln ले जाई गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln हटाई गई</numerusform>
            <numerusform>%Ln हटाई गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s) not found</source>
        <translation>
            <numerusform>%Ln फ़ोल्डर नहीं मिला</numerusform>
            <numerusform>%Ln फ़ोल्डर नहीं मिले</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s) or file(s) cannot be read</source>
        <translation>
            <numerusform>%Ln फ़ोल्डर या फ़ाइल पढ़ी नहीं जा सकती</numerusform>
            <numerusform>%Ln फ़ोल्डर या फ़ाइलें पढ़ी नहीं जा सकतीं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln XMP sidecar(s) back from the trash beside photos put back by hand</source>
        <translation>
            <numerusform>%Ln XMP साइडकार ट्रैश से वापस आई, हाथ से लौटाई गई फ़ोटो के पास</numerusform>
            <numerusform>%Ln XMP साइडकार ट्रैश से वापस आईं, हाथ से लौटाई गई फ़ोटो के पास</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not come back from the trash</source>
        <translation>
            <numerusform>%Ln फ़ाइल ट्रैश से वापस नहीं आ सकी</numerusform>
            <numerusform>%Ln फ़ाइलें ट्रैश से वापस नहीं आ सकीं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new photo(s) listed; searching by what they show needs the model</source>
        <translation>
            <numerusform>%Ln नई फ़ोटो सूची में जुड़ी; उसमें क्या दिखता है, उससे खोजने के लिए मॉडल चाहिए</numerusform>
            <numerusform>%Ln नई फ़ोटो सूची में जुड़ीं; उनमें क्या दिखता है, उससे खोजने के लिए मॉडल चाहिए</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>अप-टू-डेट</translation>
    </message>
    <message>
        <source>in {0} s</source>
        <translation>{0} सेकंड में</translation>
    </message>
    <message>
        <source>Downloading model…</source>
        <translation>मॉडल डाउनलोड हो रहा है…</translation>
    </message>
    <message>
        <source>Model not set up — fix…</source>
        <translation>मॉडल सेट नहीं है — ठीक करें…</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Photo</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Previous (Left arrow)</source>
        <translation>पिछली (बायाँ तीर)</translation>
    </message>
    <message>
        <source>Next (Right arrow)</source>
        <translation>अगली (दायाँ तीर)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>खींची गई</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>कैमरा</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>फ़ॉर्मैट</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>मिलान</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>जगह</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>फ़ोल्डर में दिखाएँ</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>पाथ कॉपी करें</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>ऐसी और फ़ोटो</translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation>निर्देशांक कॉपी करें</translation>
    </message>
    <message>
        <source>Copy the latitude and longitude, e.g. to paste into a map</source>
        <translation>अक्षांश और देशांतर कॉपी करें, जैसे मैप में चिपकाने के लिए</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{1} में से {0}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>{0} (file date)</source>
        <translation>{0} (फ़ाइल की तारीख)</translation>
    </message>
    <message>
        <source>{0} × {1} px</source>
        <translation>{0} × {1} पिक्सेल</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>{0}, with RAW {1}</source>
        <translation>{0}, RAW {1} के साथ</translation>
    </message>
    <message>
        <source>This photo cannot be shown: {0}</source>
        <translation>यह फ़ोटो नहीं दिखाई जा सकती: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to photoclip</source>
        <translation>photoclip में आपका स्वागत है</translation>
    </message>
    <message>
        <source>Find any photo by describing it — “birthday cake with candles”, “snowy mountain lake” — or by showing a similar one. photoclip looks at your photos on this computer; nothing is uploaded, and your folders are only read, never changed.</source>
        <translation>कोई भी फ़ोटो बताकर ढूँढें — “मोमबत्तियों वाला जन्मदिन का केक”, “बर्फ़ीले पहाड़ों के बीच झील” — या उससे मिलती-जुलती कोई फ़ोटो दिखाकर। photoclip आपकी फ़ोटो इसी कंप्यूटर पर देखता है; कुछ भी अपलोड नहीं होता, और आपके फ़ोल्डर सिर्फ़ पढ़े जाते हैं, कभी बदले नहीं जाते।</translation>
    </message>
    <message>
        <source>Which folders hold your photos?</source>
        <translation>आपकी फ़ोटो किन फ़ोल्डरों में हैं?</translation>
    </message>
    <message>
        <source>Use {0}</source>
        <translation>{0} इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>फ़ोल्डर चुनें…</translation>
    </message>
    <message>
        <source>You can add more folders later, or drop a folder on the window. New photos in them are picked up while photoclip runs.</source>
        <translation>आप बाद में और फ़ोल्डर जोड़ सकते हैं, या कोई फ़ोल्डर विंडो पर छोड़ सकते हैं। photoclip चलते समय उनमें आने वाली नई फ़ोटो जोड़ ली जाती हैं।</translation>
    </message>
</context>
</TS>
