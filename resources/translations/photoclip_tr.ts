<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>Bridge</name>
    <message>
        <source>{0} did not stop in time</source>
        <translation>{0} zamanında durmadı</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>İndirme iptal edildi.</translation>
    </message>
    <message>
        <source>Indexing stopped: {0}</source>
        <translation>Dizinleme durdu: {0}</translation>
    </message>
    <message>
        <source>Reading text in photos stopped: {0}</source>
        <translation>Fotoğraflardaki metni okuma durdu: {0}</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message numerus="yes">
        <source>burst of %n, {0:g} s</source>
        <translation>
            <numerusform>%n karelik seri çekim, {0:g} sn</numerusform>
        </translation>
    </message>
    <message>
        <source>similar shots</source>
        <translation>benzer kareler</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>kopyalar</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n fotoğraf</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} to free</source>
        <translation>{0} yer açılacak</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>kalacak</translation>
    </message>
    <message>
        <source>extra copy</source>
        <translation>fazla kopya</translation>
    </message>
    <message>
        <source>no date taken</source>
        <translation>çekim tarihi yok</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>boyut bilinmiyor</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>sizin seçiminiz</translation>
    </message>
    <message>
        <source>sharpest</source>
        <translation>en net</translation>
    </message>
    <message>
        <source>sharpest: {0:.1f}× the focus measure of the next</source>
        <translation>en net: netlik ölçüsü sonrakinin {0:.1f} katı</translation>
    </message>
    <message>
        <source>the RAW original of a RAW + JPEG pair</source>
        <translation>RAW + JPEG çiftinin RAW orijinali</translation>
    </message>
    <message>
        <source>the RAW original</source>
        <translation>RAW orijinali</translation>
    </message>
    <message>
        <source>highest resolution: {0:.1f} MP against {1:.1f} MP</source>
        <translation>en yüksek çözünürlük: {0:.1f} MP (sonraki: {1:.1f} MP)</translation>
    </message>
    <message>
        <source>largest file: {0} against {1}</source>
        <translation>en büyük dosya: {0} (sonraki: {1})</translation>
    </message>
    <message>
        <source>earliest date taken</source>
        <translation>en eski çekim tarihi</translation>
    </message>
    <message>
        <source>richest metadata (date taken, camera)</source>
        <translation>en zengin meta veri (çekim tarihi, kamera)</translation>
    </message>
    <message>
        <source>shortest file name (copies get suffixes)</source>
        <translation>en kısa dosya adı (kopyaların adına ek gelir)</translation>
    </message>
    <message>
        <source>in the library longest</source>
        <translation>en uzun süredir kitaplıkta</translation>
    </message>
    <message>
        <source>suggested to keep</source>
        <translation>saklanması önerilen</translation>
    </message>
    <message>
        <source>kept: {0}</source>
        <translation>saklanma nedeni: {0}</translation>
    </message>
    <message>
        <source>identical bytes</source>
        <translation>baytları aynı</translation>
    </message>
    <message numerus="yes">
        <source>%n bit(s) from the suggested photo</source>
        <translation>
            <numerusform>önerilen fotoğraftan %n bit farklı</numerusform>
        </translation>
    </message>
    <message>
        <source>similarity {0:.3f} to the suggested photo</source>
        <translation>önerilen fotoğrafa benzerlik {0:.3f}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>left alone: {0}</source>
        <translation>dokunulmadı: {0}</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Sakla</translation>
    </message>
    <message>
        <source>Extra copy</source>
        <translation>Fazla kopya</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <source>Duplicates</source>
        <translation>Kopyalar</translation>
    </message>
    <message>
        <source>What counts as a duplicate</source>
        <translation>Neye kopya denir</translation>
    </message>
    <message>
        <source>Same picture</source>
        <translation>Aynı resim</translation>
    </message>
    <message>
        <source>Copies re-saved, resized, converted to another format or slightly cropped</source>
        <translation>Yeniden kaydedilmiş, boyutu değiştirilmiş, başka biçime dönüştürülmüş ya da biraz kırpılmış kopyalar</translation>
    </message>
    <message>
        <source>Identical files</source>
        <translation>Birebir aynı dosyalar</translation>
    </message>
    <message>
        <source>Files with exactly the same bytes</source>
        <translation>Baytları tıpatıp aynı olan dosyalar</translation>
    </message>
    <message>
        <source>Similar shots</source>
        <translation>Benzer kareler</translation>
    </message>
    <message>
        <source>Near-identical photos, such as a burst of the same moment</source>
        <translation>Neredeyse aynı fotoğraflar; örneğin aynı anın seri çekimi</translation>
    </message>
    <message>
        <source>Strictness</source>
        <translation>Titizlik</translation>
    </message>
    <message>
        <source>Where to look</source>
        <translation>Nerede aransın</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>Tüm kitaplık</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Bul</translation>
    </message>
    <message>
        <source>in</source>
        <translation>yer:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>Kopya grupları</translation>
    </message>
    <message>
        <source>Photos of this group</source>
        <translation>Bu gruptaki fotoğraflar</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Bunu sakla</translation>
    </message>
    <message>
        <source>Keep the chosen photo instead (Space)</source>
        <translation>Bunun yerine seçili fotoğrafı sakla (Boşluk)</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>Kopya değil</translation>
    </message>
    <message>
        <source>These photos are not duplicates; never show them as a group again (N)</source>
        <translation>Bu fotoğraflar kopya değil; bir daha grup olarak gösterme (N)</translation>
    </message>
    <message>
        <source>Move others…</source>
        <translation>Diğerlerini taşı…</translation>
    </message>
    <message>
        <source>Move every photo but the one to keep into a folder you choose (M)</source>
        <translation>Saklanacak olan dışındaki tüm fotoğrafları seçeceğiniz bir klasöre taşı (M)</translation>
    </message>
    <message>
        <source>Move others to trash…</source>
        <translation>Diğerlerini çöpe at…</translation>
    </message>
    <message>
        <source>Send every photo but the one to keep to the trash (Delete)</source>
        <translation>Saklanacak olan dışındaki tüm fotoğrafları çöpe gönder (Delete)</translation>
    </message>
    <message>
        <source>←/→ choose a photo · Space keep it · Delete trash the others · M move them · N not duplicates · Page Up/Down other groups</source>
        <translation>←/→ fotoğraf seç · Boşluk sakla · Delete diğerlerini çöpe at · M taşı · N kopya değil · Page Up/Down diğer gruplar</translation>
    </message>
    <message>
        <source>Trash extra copies in all groups…</source>
        <translation>Tüm gruplardaki fazla kopyaları çöpe at…</translation>
    </message>
    <message>
        <source>Bursts are left alone: review them one by one</source>
        <translation>Seri çekimlere dokunulmaz: onları tek tek gözden geçirin</translation>
    </message>
    <message>
        <source>Which groups to show</source>
        <translation>Gösterilecek gruplar</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tüm gruplar</translation>
    </message>
    <message>
        <source>Copies and similar shots</source>
        <translation>Kopyalar ve benzer kareler</translation>
    </message>
    <message>
        <source>Bursts</source>
        <translation>Seri çekimler</translation>
    </message>
    <message>
        <source>Give the keeper the others&apos; tags and keywords</source>
        <translation>Diğerlerinin etiket ve anahtar sözcüklerini saklanan fotoğrafa aktar</translation>
    </message>
    <message>
        <source>Also their rating, location and date taken, when the keeper has none</source>
        <translation>Saklanan fotoğrafta yoksa puanları, konumları ve çekim tarihleri de</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>Son işlemi geri al</translation>
    </message>
    <message>
        <source>Put back the photos the last trash or move sent away, and the keeper&apos;s tags as they were</source>
        <translation>Son çöpe atma ya da taşımayla giden fotoğrafları geri getir, saklanan fotoğrafın etiketlerini de eski haline döndür</translation>
    </message>
    <message>
        <source>The library cannot be opened: {0}</source>
        <translation>Kitaplık açılamıyor: {0}</translation>
    </message>
    <message numerus="yes">
        <source>up to %n bit(s) apart</source>
        <translation>
            <numerusform>en fazla %n bit fark</numerusform>
        </translation>
    </message>
    <message>
        <source>Perceptual-hash distance: 0 finds only near-exact copies, higher finds more edited copies and risks unrelated look-alikes</source>
        <translation>Algısal özet uzaklığı: 0 yalnızca neredeyse birebir kopyaları bulur; yükseldikçe daha çok düzenlenmiş kopya bulur ama ilgisiz benzerleri de yakalayabilir</translation>
    </message>
    <message>
        <source>similarity ≥ {0:.2f}</source>
        <translation>benzerlik ≥ {0:.2f}</translation>
    </message>
    <message>
        <source>CLIP similarity: higher finds only near-identical shots, lower finds broader look-alikes</source>
        <translation>CLIP benzerliği: yüksek değer yalnızca neredeyse aynı kareleri, düşük değer daha geniş benzerleri bulur</translation>
    </message>
    <message>
        <source>same bytes</source>
        <translation>aynı baytlar</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Kopyalar aranıyor…</translation>
    </message>
    <message>
        <source>Reading photos indexed before duplicates were looked for: %v of %m</source>
        <translation>Kopya taramasından önce dizinlenen fotoğraflar okunuyor: %v / %m</translation>
    </message>
    <message>
        <source>Comparing photos: %v of %m</source>
        <translation>Fotoğraflar karşılaştırılıyor: %v / %m</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Kopya bulunamadı.</translation>
    </message>
    <message>
        <source>Stopped. Photos read so far need not be read again next time.</source>
        <translation>Durduruldu. Şimdiye kadar okunan fotoğrafların bir dahaki sefere yeniden okunması gerekmez.</translation>
    </message>
    <message>
        <source>Finding duplicates did not work: {0}</source>
        <translation>Kopya arama başarısız oldu: {0}</translation>
    </message>
    <message>
        <source>Every group has been dealt with.</source>
        <translation>Tüm gruplar halledildi.</translation>
    </message>
    <message>
        <source>No groups of this kind.</source>
        <translation>Bu türde grup yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra photo(s)</source>
        <translation>
            <numerusform>%n fazla fotoğraf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n to trash…</source>
        <translation>
            <numerusform>%n fotoğrafı çöpe at…</numerusform>
        </translation>
    </message>
    <message>
        <source>identical files</source>
        <translation>birebir aynı dosyalar</translation>
    </message>
    <message numerus="yes">
        <source>the same picture (at most %n bit(s) apart)</source>
        <translation>
            <numerusform>aynı resim (en fazla %n bit fark)</numerusform>
        </translation>
    </message>
    <message>
        <source>similar shots (similarity at least {0:.3f})</source>
        <translation>benzer kareler (benzerlik en az {0:.3f})</translation>
    </message>
    <message>
        <source>Group {0} of {1}, {2}: {3}. Keeping “{4}” ({5}).</source>
        <translation>Grup {0} / {1}, {2}: {3}. “{4}” saklanıyor ({5}).</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Çöpe at</translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) (%1) to the trash?</source>
        <translation>
            <numerusform>%n fotoğraf (%1) çöpe atılsın mı?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping “{0}”. You can restore them from the trash.</source>
        <translation>“{0}” saklanıyor. Diğerlerini çöpten geri yükleyebilirsiniz.</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>Çöpe At</translation>
    </message>
    <message numerus="yes">
        <source>Bursts left alone: %n.</source>
        <translation>
            <numerusform>Dokunulmayan seri çekimler: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n group(s); each keeps the photo marked “Keep”. You can restore them from the trash.</source>
        <translation>
            <numerusform>%n gruptan; her grupta “Sakla” olarak işaretli fotoğraf kalır. Fotoğrafları çöpten geri yükleyebilirsiniz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag decision(s)</source>
        <translation>
            <numerusform>%n etiket kararı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keyword(s), title(s) or description(s)</source>
        <translation>
            <numerusform>%n anahtar sözcük, başlık ya da açıklama</numerusform>
        </translation>
    </message>
    <message>
        <source>a rating</source>
        <translation>bir puan</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n puan</numerusform>
        </translation>
    </message>
    <message>
        <source>a location</source>
        <translation>bir konum</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n konum</numerusform>
        </translation>
    </message>
    <message>
        <source>a date taken</source>
        <translation>bir çekim tarihi</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) taken</source>
        <translation>
            <numerusform>%n çekim tarihi</numerusform>
        </translation>
    </message>
    <message>
        <source>Before they go, the keeper receives {0}.</source>
        <translation>Diğerleri gitmeden önce saklanan fotoğrafa {0} aktarılır.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n XMP sidecar file(s) will go with them.</source>
        <translation>
            <numerusform>Yanlarında %n XMP yan dosyası da gidecek.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” stays: “{1}” uses it too.</source>
        <translation>“{0}” kalıyor: “{1}” de onu kullanıyor.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Geri alınacak bir şey yok.</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n photo(s); they return to the library at the next index.</source>
        <translation>
            <numerusform>%n fotoğraf geri getirildi; bir sonraki dizinlemede kitaplığa dönerler.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” could not be put back: {1}</source>
        <translation>“{0}” geri getirilemedi: {1}</translation>
    </message>
    <message>
        <source>“{0}” was put back as “{1}”: a file of that name is there again.</source>
        <translation>“{0}”, “{1}” olarak geri kondu: o adda bir dosya yine orada.</translation>
    </message>
    <message>
        <source>Move the other copies to</source>
        <translation>Diğer kopyaların taşınacağı klasör</translation>
    </message>
    <message>
        <source>Move photos</source>
        <translation>Fotoğrafları taşı</translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) (%1) into “%2”?</source>
        <translation>
            <numerusform>%n fotoğraf (%1) “%2” klasörüne taşınsın mı?</numerusform>
        </translation>
    </message>
    <message>
        <source>Files already there are never overwritten; the moved photos leave the library.</source>
        <translation>Orada zaten bulunan dosyaların üzerine asla yazılmaz; taşınan fotoğraflar kitaplıktan çıkar.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Taşı</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Taşındı</translation>
    </message>
    <message>
        <source>Trashed</source>
        <translation>Çöpe atıldı</translation>
    </message>
    <message numerus="yes">
        <source>{0} %n photo(s), {1}.</source>
        <translation>
            <numerusform>{0}: %n fotoğraf, {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone (see the cards for why).</source>
        <translation>
            <numerusform>%n fotoğrafa dokunulmadı (nedeni kartlarda).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Sort</source>
        <translation>Sırala</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>Önce en iyi eşleşme</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Önce en yeni</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Önce en eski</translation>
    </message>
    <message>
        <source>Order of the results; a search keeps only its matches whatever the order</source>
        <translation>Sonuçların sırası; arama, sıra ne olursa olsun yalnızca eşleşmeleri gösterir</translation>
    </message>
    <message>
        <source>Camera filter</source>
        <translation>Kamera filtresi</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Etiket filtresi</translation>
    </message>
    <message>
        <source>Place filter</source>
        <translation>Yer filtresi</translation>
    </message>
    <message>
        <source>Where the photos were taken, from their GPS positions</source>
        <translation>Fotoğrafların çekildiği yer, GPS konumlarına göre</translation>
    </message>
    <message>
        <source>Show &amp;weaker matches</source>
        <translation>&amp;Zayıf eşleşmeleri göster</translation>
    </message>
    <message>
        <source>Also list the photos below the cut-off, ranked</source>
        <translation>Eşiğin altında kalan fotoğrafları da sıralı listele</translation>
    </message>
    <message>
        <source>Any camera</source>
        <translation>Tüm kameralar</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Tüm etiketler</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>Tüm yerler</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) and the weaker ones below the cut-off</source>
        <translation>
            <numerusform>%n eşleşme ve eşiğin altındaki zayıf eşleşmeler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weaker match(es) hidden</source>
        <translation>
            <numerusform>%n zayıf eşleşme gizlendi</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;weaker matches</source>
        <translation>&amp;Zayıf eşleşmeleri gizle</translation>
    </message>
</context>
<context>
    <name>FolderListModel</name>
    <message>
        <source>All photos</source>
        <translation>Tüm fotoğraflar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln fotoğraf</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found — unplugged or moved?</source>
        <translation>Bulunamadı — çıkarıldı ya da taşındı mı?</translation>
    </message>
    <message>
        <source>Cannot be read — check its permissions</source>
        <translation>Okunamıyor — izinlerini denetleyin</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln atlandı</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Dizinleniyor…</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Fotoğraflar aranıyor…</translation>
    </message>
    <message>
        <source>{0}
Cannot be read: {1}. Its photos are kept as they were until photoclip may read it again.</source>
        <translation>{0}
Okunamıyor: {1}. photoclip onu yeniden okuyabilene kadar içindeki fotoğraflar olduğu gibi tutulur.</translation>
    </message>
    <message>
        <source>Every photo in the library</source>
        <translation>Kitaplıktaki tüm fotoğraflar</translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>yaklaşık %n sn kaldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>yaklaşık %n dk kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>about {0} h {1} min left</source>
        <translation>yaklaşık {0} sa {1} dk kaldı</translation>
    </message>
    <message>
        <source>Stop indexing (what is done is kept)</source>
        <translation>Dizinlemeyi durdur (yapılanlar korunur)</translation>
    </message>
    <message>
        <source>Files that could not be read, and why</source>
        <translation>Okunamayan dosyalar ve nedenleri</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>Dizinlemeyi sürdür</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>Dizinlemeyi duraklat</translation>
    </message>
    <message>
        <source>Stop reading text in photos (what is read is kept)</source>
        <translation>Fotoğraflardaki metni okumayı durdur (okunanlar korunur)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Indexing paused</source>
        <translation>Dizinleme duraklatıldı</translation>
    </message>
    <message>
        <source>Looking for new and changed photos…</source>
        <translation>Yeni ve değişen fotoğraflar aranıyor…</translation>
    </message>
    <message>
        <source>Listing new photos {0} of {1}</source>
        <translation>Yeni fotoğraflar listeleniyor: {0} / {1}</translation>
    </message>
    <message>
        <source>Indexing {0} of {1}</source>
        <translation>Dizinleniyor: {0} / {1}</translation>
    </message>
    <message>
        <source>{0} photos/s</source>
        <translation>{0} fotoğraf/sn</translation>
    </message>
    <message>
        <source>Reading text {0} of {1}</source>
        <translation>Metin okunuyor: {0} / {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln atlandı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelScoresDialog</name>
    <message>
        <source>Photos by score</source>
        <translation>Puana göre fotoğraflar</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Etiket</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Dahil</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation>E&amp;şik</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Eşik</translation>
    </message>
    <message>
        <source>&amp;Use this threshold</source>
        <translation>Bu eşiği &amp;kullan</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>Puanlanıyor…</translation>
    </message>
    <message>
        <source>At this threshold, {0} of {1} photos would be tagged (now: {2}).</source>
        <translation>Bu eşikte {1} fotoğraftan {0} tanesi etiketlenir (şu an: {2}).</translation>
    </message>
    <message>
        <source>Tagging…</source>
        <translation>Etiketleniyor…</translation>
    </message>
</context>
<context>
    <name>LabelSetEditor</name>
    <message>
        <source>Label sets</source>
        <translation>Etiket kümeleri</translation>
    </message>
    <message>
        <source>New set</source>
        <translation>Yeni küme</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>Kümeyi sil</translation>
    </message>
    <message>
        <source>e.g. Scenes</source>
        <translation>ör. Manzaralar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <source>One label per photo, or none</source>
        <translation>Fotoğraf başına bir etiket ya da hiç</translation>
    </message>
    <message>
        <source>Any number of labels</source>
        <translation>İstenen sayıda etiket</translation>
    </message>
    <message>
        <source>&amp;Choice</source>
        <translation>&amp;Seçim</translation>
    </message>
    <message>
        <source>default</source>
        <translation>varsayılan</translation>
    </message>
    <message>
        <source>The similarity a label needs (one-label sets: to beat “none of these”)</source>
        <translation>Bir etiketin gereken benzerliği (tek etiketli kümelerde: “hiçbiri”ni geçmek için)</translation>
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation>E&amp;şik</translation>
    </message>
    <message>
        <source>Tag new photos as they are indexed</source>
        <translation>Yeni fotoğrafları dizinlenirken etiketle</translation>
    </message>
    <message>
        <source>Labels (prompts of their own, separated by “;”, are optional):</source>
        <translation>Etiketler (“;” ile ayrılan kendi istemleri isteğe bağlıdır):</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Own prompts</source>
        <translation>Kendi istemleri</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Eşik</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Etiket ekle</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Etiketi kaldır</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Nereye uygulansın</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Uygula</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>Tüm kitaplık</translation>
    </message>
    <message>
        <source>The folder chosen in the side bar</source>
        <translation>Kenar çubuğunda seçili klasör</translation>
    </message>
    <message>
        <source>The photos now in the grid</source>
        <translation>Şu an ızgaradaki fotoğraflar</translation>
    </message>
    <message>
        <source>The selected photos</source>
        <translation>Seçili fotoğraflar</translation>
    </message>
    <message>
        <source>A label set needs a name.</source>
        <translation>Etiket kümesinin bir adı olmalı.</translation>
    </message>
    <message>
        <source>The threshold of “{0}” is not a number.</source>
        <translation>“{0}” eşiği bir sayı değil.</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>“{0}” kaydedildi.</translation>
    </message>
    <message>
        <source>Delete label set</source>
        <translation>Etiket kümesini sil</translation>
    </message>
    <message>
        <source>Delete “{0}” with its labels, tags and your decisions about them?

The photos stay as they are.</source>
        <translation>“{0}”, etiketleri, etiketlemeleri ve bunlarla ilgili kararlarınızla birlikte silinsin mi?

Fotoğraflar olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>Tagging…</source>
        <translation>Etiketleniyor…</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n photo(s). </source>
        <translation>
            <numerusform>%n fotoğraf etiketlendi. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not indexed yet)</source>
        <translation>
            <numerusform>(%n fotoğraf henüz dizinlenmedi)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This search did not work</source>
        <translation>Bu arama çalışmadı</translation>
    </message>
    <message>
        <source>Choose a folder with photos</source>
        <translation>Fotoğraf içeren bir klasör seçin</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Klasörü kaldır</translation>
    </message>
    <message>
        <source>Remove “{0}” from the library?

Its photos leave photoclip&apos;s search; the files themselves stay where they are, untouched.</source>
        <translation>“{0}” kitaplıktan kaldırılsın mı?

İçindeki fotoğraflar photoclip aramasından çıkar; dosyaların kendisi olduğu yerde, dokunulmadan kalır.</translation>
    </message>
    <message>
        <source>the photos in “{0}”</source>
        <translation>“{0}” içindeki fotoğrafların</translation>
    </message>
    <message>
        <source>every photo in the library</source>
        <translation>kitaplıktaki tüm fotoğrafların</translation>
    </message>
    <message>
        <source>Export tags</source>
        <translation>Etiketleri dışa aktar</translation>
    </message>
    <message>
        <source>Write the tags of {0} as keywords into XMP sidecar files beside them?

The photos themselves are not changed; a sidecar already there keeps everything else it holds.</source>
        <translation>{0} etiketleri, yanlarındaki XMP yan dosyalarına anahtar sözcük olarak yazılsın mı?

Fotoğrafların kendisi değişmez; zaten var olan bir yan dosya içindeki diğer her şeyi korur.</translation>
    </message>
    <message numerus="yes">
        <source>Tags exported: %n sidecar(s) written</source>
        <translation>
            <numerusform>Etiketler dışa aktarıldı: %n yan dosya yazıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already up to date</source>
        <translation>
            <numerusform>, %n dosya zaten güncel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped (first: {0})</source>
        <translation>
            <numerusform>, %n dosya atlandı (ilki: {0})</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting tags did not work: {0}</source>
        <translation>Etiketler dışa aktarılamadı: {0}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>photoclip speaks the new language from its next start. Restart now?</source>
        <translation>photoclip yeni dili bir sonraki açılışta kullanır. Şimdi yeniden başlatılsın mı?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Şimdi yeniden başlat</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <source>photoclip cannot start</source>
        <translation>photoclip başlatılamıyor</translation>
    </message>
    <message>
        <source>photoclip</source>
        <translation>photoclip</translation>
    </message>
    <message>
        <source>photoclip cannot open its library.</source>
        <translation>photoclip kitaplığını açamıyor.</translation>
    </message>
</context>
<context>
    <name>ModelSetupDialog</name>
    <message>
        <source>Setting up the model</source>
        <translation>Model kuruluyor</translation>
    </message>
    <message>
        <source>Choose a local checkpoint file…</source>
        <translation>Yerel bir ağırlık dosyası seç…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Choose the model&apos;s checkpoint file</source>
        <translation>Modelin ağırlık dosyasını seçin</translation>
    </message>
    <message>
        <source>Model checkpoints (*.safetensors *.bin *.pt *.pth);;All files (*)</source>
        <translation>Model ağırlıkları (*.safetensors *.bin *.pt *.pth);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>about {0} MB</source>
        <translation>yaklaşık {0} MB</translation>
    </message>
    <message>
        <source>its weights</source>
        <translation>ağırlıkları</translation>
    </message>
    <message>
        <source>photoclip speaks your language, but this model understands searches in English only. The multilingual model {0} understands yours too: about {1} MB to download once, and indexing is a little slower.</source>
        <translation>photoclip sizin dilinizi konuşuyor, ama bu model yalnızca İngilizce aramaları anlıyor. Çok dilli model {0} sizin dilinizi de anlar: bir kez indirilecek yaklaşık {1} MB, dizinleme de biraz daha yavaş.</translation>
    </message>
    <message>
        <source>Use the multilingual model</source>
        <translation>Çok dilli modeli kullan</translation>
    </message>
    <message>
        <source>Downloading the model</source>
        <translation>Model indiriliyor</translation>
    </message>
    <message>
        <source>photoclip needs the model {0} ({1}) to understand your photos. It is downloaded once from Hugging Face and then works offline; your photos never leave this computer.</source>
        <translation>photoclip, fotoğraflarınızı anlamak için {0} modeline ({1}) ihtiyaç duyar. Model Hugging Face’ten bir kez indirilir, sonra çevrimdışı çalışır; fotoğraflarınız bu bilgisayardan hiç çıkmaz.</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Model yükleniyor…</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>Bu birkaç saniye sürer.</translation>
    </message>
    <message>
        <source>The model is not downloaded yet</source>
        <translation>Model henüz indirilmedi</translation>
    </message>
    <message>
        <source>photoclip needs the model {0} ({1}).</source>
        <translation>photoclip’in {0} modeline ({1}) ihtiyacı var.</translation>
    </message>
    <message>
        <source>The model is not available</source>
        <translation>Model kullanılamıyor</translation>
    </message>
    <message>
        <source>“Choose a local checkpoint file…” below</source>
        <translation>aşağıdaki “Yerel bir ağırlık dosyası seç…” düğmesi</translation>
    </message>
    <message>
        <source>choose it with {0}</source>
        <translation>{0} ile seçin</translation>
    </message>
    <message>
        <source>Your photos are indexed, and become searchable, as soon as the model is set up.</source>
        <translation>Model kurulur kurulmaz fotoğraflarınız dizinlenir ve aranabilir hale gelir.</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
</context>
<context>
    <name>PhotoActions</name>
    <message>
        <source>View</source>
        <translation>Görüntüle</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Benzerlerini bul</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Klasörde göster</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Yolu kopyala</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n path(s)</source>
        <translation>
            <numerusform>%n yolu kopyala</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoTagsPanel</name>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiket</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <source>Tags of this photo</source>
        <translation>Bu fotoğrafın etiketleri</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>This photo has this tag</source>
        <translation>Bu fotoğrafta bu etiket var</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>This photo does not have this tag</source>
        <translation>Bu fotoğrafta bu etiket yok</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Forget your decision; the machine&apos;s suggestion counts again</source>
        <translation>Kararınızı unutun; makinenin önerisi yeniden geçerli olur</translation>
    </message>
    <message>
        <source>Tag to add</source>
        <translation>Eklenecek etiket</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>sizin</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>önerildi</translation>
    </message>
</context>
<context>
    <name>PhotoTextPanel</name>
    <message>
        <source>Text in this photo</source>
        <translation>Bu fotoğraftaki metin</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Metni kopyala</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Henüz okunmadı.</translation>
    </message>
    <message>
        <source>Reading text in photos is off (Settings).</source>
        <translation>Fotoğraflardaki metni okuma kapalı (Ayarlar).</translation>
    </message>
    <message>
        <source>No text found.</source>
        <translation>Metin bulunamadı.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Uygula</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Evet</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hayır</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Yok say</translation>
    </message>
</context>
<context>
    <name>ScriptHintBar</name>
    <message>
        <source>This search is written in a script the current model cannot read (it learned English only), so its picture matches mean little.</source>
        <translation>Bu arama, geçerli modelin okuyamadığı bir yazıyla yazılmış (model yalnızca İngilizce öğrendi); bu yüzden resim eşleşmeleri pek anlam taşımıyor.</translation>
    </message>
    <message>
        <source>Use the multilingual model (about {0} MB)</source>
        <translation>Çok dilli modeli kullan (yaklaşık {0} MB)</translation>
    </message>
    <message>
        <source>Use the multilingual model</source>
        <translation>Çok dilli modeli kullan</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Describe a photo — “kids on a beach at sunset” (Ctrl+F)</source>
        <translation>Bir fotoğrafı tarif edin — “gün batımında sahilde çocuklar” (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search photos</source>
        <translation>Fotoğraflarda ara</translation>
    </message>
    <message>
        <source>Searching for photos like this one; click to stop</source>
        <translation>Buna benzer fotoğraflar aranıyor; durdurmak için tıklayın</translation>
    </message>
    <message>
        <source>Date filter</source>
        <translation>Tarih filtresi</translation>
    </message>
    <message>
        <source>From (taken on or after)</source>
        <translation>Başlangıç (bu tarihte ya da sonra çekilmiş)</translation>
    </message>
    <message>
        <source>To (taken on or before)</source>
        <translation>Bitiş (bu tarihte ya da önce çekilmiş)</translation>
    </message>
    <message>
        <source>Find duplicates (Ctrl+Shift+D)</source>
        <translation>Kopyaları bul (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>Kopyaları bul</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Like: {0}</source>
        <translation>Benzeri: {0}</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Tüm tarihler</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Özel aralık…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>  (multilingual)</source>
        <translation>  (çok dilli)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>downloaded automatically</source>
        <translation>otomatik indirilir</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Temizle</translation>
    </message>
    <message>
        <source>Weights file</source>
        <translation>Ağırlık dosyası</translation>
    </message>
    <message>
        <source>Automatic (GPU when there is one)</source>
        <translation>Otomatik (varsa GPU)</translation>
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
        <translation>Modelin çalışacağı yer</translation>
    </message>
    <message>
        <source> of {0}</source>
        <translation> / {0}</translation>
    </message>
    <message>
        <source>Fewer threads keep the computer responsive while indexing; more finish sooner.</source>
        <translation>Daha az iş parçacığı dizinleme sırasında bilgisayarı akıcı tutar; daha fazlası işi daha çabuk bitirir.</translation>
    </message>
    <message>
        <source>CPU threads for indexing</source>
        <translation>Dizinleme için CPU iş parçacığı</translation>
    </message>
    <message>
        <source>Read the text in photos (signs, receipts, screenshots)</source>
        <translation>Fotoğraflardaki metni oku (tabela, fiş, ekran resmi)</translation>
    </message>
    <message>
        <source>Search then finds photos by the words written in them. It runs after indexing, at low priority, and can be paused.</source>
        <translation>Böylece arama, fotoğrafları üzerlerinde yazan sözcüklerle de bulur. Dizinlemeden sonra düşük öncelikle çalışır ve duraklatılabilir.</translation>
    </message>
    <message>
        <source>Text in photos</source>
        <translation>Fotoğraflardaki metin</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Küçük</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Orta</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Büyük</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>Küçük resim boyutu</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Sistemi izle</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Takes effect when photoclip restarts</source>
        <translation>photoclip yeniden başlatıldığında geçerli olur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>A custom model</source>
        <translation>Özel bir model</translation>
    </message>
    <message>
        <source>about {0} MB to download once</source>
        <translation>bir kez indirilecek yaklaşık {0} MB</translation>
    </message>
    <message>
        <source>Switching re-indexes every photo in the background; search keeps using the current model until that is done.</source>
        <translation>Model değiştirmek tüm fotoğrafları arka planda yeniden dizinler; bu bitene kadar arama geçerli modeli kullanmaya devam eder.</translation>
    </message>
    <message>
        <source>Choose the model&apos;s checkpoint file</source>
        <translation>Modelin ağırlık dosyasını seçin</translation>
    </message>
    <message>
        <source>Model checkpoints (*.safetensors *.bin *.pt *.pth)</source>
        <translation>Model ağırlıkları (*.safetensors *.bin *.pt *.pth)</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>LIBRARY</source>
        <translation>KİTAPLIK</translation>
    </message>
    <message>
        <source>Add a photo folder…</source>
        <translation>Fotoğraf klasörü ekle…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Klasör ekle</translation>
    </message>
    <message>
        <source>Remove the selected folder from the library (files stay on disk)</source>
        <translation>Seçili klasörü kitaplıktan kaldır (dosyalar diskte kalır)</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>Klasörü kaldır</translation>
    </message>
</context>
<context>
    <name>SkippedDialog</name>
    <message>
        <source>Skipped files</source>
        <translation>Atlanan dosyalar</translation>
    </message>
    <message>
        <source>These folders and files could not be read, so what is in them is not brought up to date: photos already in a folder that cannot be read are kept as they were. Files are tried again when they change or can be read again; nothing was touched.</source>
        <translation>Bu klasörler ve dosyalar okunamadı, bu yüzden içlerindekiler güncellenmedi: okunamayan bir klasörde zaten bulunan fotoğraflar olduğu gibi tutulur. Dosyalar değiştiklerinde ya da yeniden okunabildiklerinde tekrar denenir; hiçbir şeye dokunulmadı.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Klasörde göster</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>TAGS</source>
        <translation>ETİKETLER</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tümünü göster</translation>
    </message>
    <message>
        <source>Stop filtering by tag</source>
        <translation>Etikete göre süzmeyi bırak</translation>
    </message>
    <message>
        <source>Scores…</source>
        <translation>Puanlar…</translation>
    </message>
    <message>
        <source>A label&apos;s photos by score, with a threshold to try</source>
        <translation>Bir etiketin fotoğrafları puana göre, denenecek bir eşikle</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Create and edit label sets, and apply them (Ctrl+Shift+T)</source>
        <translation>Etiket kümeleri oluşturun, düzenleyin ve uygulayın (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <source>Write the tags as keywords into XMP sidecar files that digiKam, Lightroom and others read; the photos themselves are not changed</source>
        <translation>Etiketleri digiKam, Lightroom ve diğerlerinin okuduğu XMP yan dosyalarına anahtar sözcük olarak yaz; fotoğrafların kendisi değişmez</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>No label sets yet. “Edit…” creates one: your own words, such as beach, mountains, city.</source>
        <translation>Henüz etiket kümesi yok. “Düzenle…” ile bir tane oluşturun: kendi sözcükleriniz, örneğin sahil, dağlar, şehir.</translation>
    </message>
    <message>
        <source>One label per photo</source>
        <translation>Fotoğraf başına bir etiket</translation>
    </message>
    <message>
        <source>Any number of labels</source>
        <translation>İstenen sayıda etiket</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) tagged “{0}”; click to show them</source>
        <translation>
            <numerusform>“{0}” etiketli %n fotoğraf; göstermek için tıklayın</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Searching…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln fotoğraf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln best match(es)</source>
        <translation>
            <numerusform>en iyi %Ln eşleşme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln eşleşme</numerusform>
        </translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>{0} klasöründe</translation>
    </message>
    <message>
        <source>searching with the previous model until the new one has seen every photo</source>
        <translation>yeni model her fotoğrafı görene kadar önceki modelle aranıyor</translation>
    </message>
    <message>
        <source>found by names, folders, keywords and tags until the model is ready</source>
        <translation>model hazır olana kadar adlar, klasörler, anahtar sözcükler ve etiketlerle bulundu</translation>
    </message>
    <message>
        <source>not understood as a filter, searched as words: {0}</source>
        <translation>filtre olarak anlaşılmadı, sözcük olarak arandı: {0}</translation>
    </message>
    <message>
        <source>{0} only pushes results away: type something to look for too</source>
        <translation>{0} yalnızca sonuçları dışlar: aranacak bir şey de yazın</translation>
    </message>
    <message>
        <source>model on {0}</source>
        <translation>model {0} üzerinde</translation>
    </message>
    <message>
        <source>Searching needs the model</source>
        <translation>Arama için model gerekiyor</translation>
    </message>
    <message>
        <source>No photo&apos;s name, folder, keywords or tags match. To search by what photos show, set up the model with the button in the status bar.</source>
        <translation>Hiçbir fotoğrafın adı, klasörü, anahtar sözcükleri ya da etiketleri eşleşmiyor. Fotoğrafları içeriklerine göre aramak için durum çubuğundaki düğmeyle modeli kurun.</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Model yükleniyor…</translation>
    </message>
    <message>
        <source>Your search runs as soon as the model is ready.</source>
        <translation>Aramanız model hazır olur olmaz çalışır.</translation>
    </message>
    <message>
        <source>Add a folder to start</source>
        <translation>Başlamak için bir klasör ekleyin</translation>
    </message>
    <message>
        <source>Choose a folder with photos, or drop one on the window.</source>
        <translation>Fotoğraf içeren bir klasör seçin ya da pencereye bir klasör bırakın.</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>Fotoğraflar aranıyor…</translation>
    </message>
    <message>
        <source>Photos appear here as they are indexed.</source>
        <translation>Fotoğraflar dizinlendikçe burada görünür.</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>Henüz fotoğraf yok</translation>
    </message>
    <message>
        <source>No photos were found in your folders. New ones are picked up as they arrive.</source>
        <translation>Klasörlerinizde fotoğraf bulunamadı. Yenileri geldikçe eklenir.</translation>
    </message>
    <message>
        <source>No good matches</source>
        <translation>İyi eşleşme yok</translation>
    </message>
    <message>
        <source>No photo stands out for this search. “Show weaker matches” above lists the closest ones anyway.</source>
        <translation>Bu aramada öne çıkan bir fotoğraf yok. Yukarıdaki “Zayıf eşleşmeleri göster” yine de en yakın olanları listeler.</translation>
    </message>
    <message>
        <source>Try other words, or another folder or date.</source>
        <translation>Başka sözcükler, başka bir klasör ya da tarih deneyin.</translation>
    </message>
    <message>
        <source>No photos match</source>
        <translation>Eşleşen fotoğraf yok</translation>
    </message>
    <message>
        <source>place: {0}</source>
        <translation>yer: {0}</translation>
    </message>
    <message>
        <source>place</source>
        <translation>yer</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>anahtar sözcük</translation>
    </message>
    <message>
        <source>file or folder name</source>
        <translation>dosya ya da klasör adı</translation>
    </message>
    <message>
        <source>text in photo</source>
        <translation>fotoğraftaki metin</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiket</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>resim</translation>
    </message>
    <message>
        <source>Matched by: {0}</source>
        <translation>Eşleşme nedeni: {0}</translation>
    </message>
    <message>
        <source>Indexing stopped; what was done is kept.</source>
        <translation>Dizinleme durduruldu; yapılanlar korundu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) indexed</source>
        <translation>
            <numerusform>%Ln fotoğraf dizinlendi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln taşındı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln kaldırıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s) not found</source>
        <translation>
            <numerusform>%Ln klasör bulunamadı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s) or file(s) cannot be read</source>
        <translation>
            <numerusform>%Ln klasör ya da dosya okunamıyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln XMP sidecar(s) back from the trash beside photos put back by hand</source>
        <translation>
            <numerusform>Elle geri alınan fotoğrafların yanına %Ln XMP yan dosyası çöpten geri geldi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not come back from the trash</source>
        <translation>
            <numerusform>%Ln dosya çöpten geri gelemedi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new photo(s) listed; searching by what they show needs the model</source>
        <translation>
            <numerusform>%Ln yeni fotoğraf listelendi; içeriklerine göre aramak için model gerekiyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Güncel</translation>
    </message>
    <message>
        <source>in {0} s</source>
        <translation>{0} sn içinde</translation>
    </message>
    <message>
        <source>Downloading model…</source>
        <translation>Model indiriliyor…</translation>
    </message>
    <message>
        <source>Model not set up — fix…</source>
        <translation>Model kurulmadı — düzelt…</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Photo</source>
        <translation>Fotoğraf</translation>
    </message>
    <message>
        <source>Previous (Left arrow)</source>
        <translation>Önceki (Sol ok)</translation>
    </message>
    <message>
        <source>Next (Right arrow)</source>
        <translation>Sonraki (Sağ ok)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Klasör</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Çekim</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Eşleşme</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Klasörde göster</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Yolu kopyala</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>Benzerlerini bul</translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation>Koordinatları kopyala</translation>
    </message>
    <message>
        <source>Copy the latitude and longitude, e.g. to paste into a map</source>
        <translation>Enlem ve boylamı kopyala; örneğin bir haritaya yapıştırmak için</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>{0} (file date)</source>
        <translation>{0} (dosya tarihi)</translation>
    </message>
    <message>
        <source>{0} × {1} px</source>
        <translation>{0} × {1} piksel</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>{0}, with RAW {1}</source>
        <translation>{0}, RAW eşi: {1}</translation>
    </message>
    <message>
        <source>This photo cannot be shown: {0}</source>
        <translation>Bu fotoğraf gösterilemiyor: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to photoclip</source>
        <translation>photoclip’e hoş geldiniz</translation>
    </message>
    <message>
        <source>Find any photo by describing it — “birthday cake with candles”, “snowy mountain lake” — or by showing a similar one. photoclip looks at your photos on this computer; nothing is uploaded, and your folders are only read, never changed.</source>
        <translation>Herhangi bir fotoğrafı tarif ederek — “mumlu doğum günü pastası”, “karlı dağ gölü” — ya da benzer birini göstererek bulun. photoclip fotoğraflarınıza bu bilgisayarda bakar; hiçbir şey yüklenmez, klasörleriniz yalnızca okunur, asla değiştirilmez.</translation>
    </message>
    <message>
        <source>Which folders hold your photos?</source>
        <translation>Fotoğraflarınız hangi klasörlerde?</translation>
    </message>
    <message>
        <source>Use {0}</source>
        <translation>{0} klasörünü kullan</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Bir klasör seç…</translation>
    </message>
    <message>
        <source>You can add more folders later, or drop a folder on the window. New photos in them are picked up while photoclip runs.</source>
        <translation>Daha sonra başka klasörler ekleyebilir ya da pencereye bir klasör bırakabilirsiniz. photoclip çalışırken bu klasörlere gelen yeni fotoğraflar eklenir.</translation>
    </message>
</context>
</TS>
