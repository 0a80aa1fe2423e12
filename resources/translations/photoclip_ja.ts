<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Bridge</name>
    <message>
        <source>{0} did not stop in time</source>
        <translation>{0} が時間内に停止しませんでした</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>ダウンロードを中止しました。</translation>
    </message>
    <message>
        <source>Indexing stopped: {0}</source>
        <translation>インデックス作成を停止しました: {0}</translation>
    </message>
    <message>
        <source>Reading text in photos stopped: {0}</source>
        <translation>写真内のテキストの読み取りを停止しました: {0}</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message numerus="yes">
        <source>burst of %n, {0:g} s</source>
        <translation>
            <numerusform>%n 枚の連写、{0:g} 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>similar shots</source>
        <translation>似たショット</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>コピー</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} to free</source>
        <translation>{0} を空けられます</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>extra copy</source>
        <translation>余分なコピー</translation>
    </message>
    <message>
        <source>no date taken</source>
        <translation>撮影日なし</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>サイズ不明</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>あなたの選択</translation>
    </message>
    <message>
        <source>sharpest</source>
        <translation>最もシャープ</translation>
    </message>
    <message>
        <source>sharpest: {0:.1f}× the focus measure of the next</source>
        <translation>最もシャープ: 合焦度が次点の {0:.1f} 倍</translation>
    </message>
    <message>
        <source>the RAW original of a RAW + JPEG pair</source>
        <translation>RAW + JPEG ペアのうち元の RAW</translation>
    </message>
    <message>
        <source>the RAW original</source>
        <translation>元の RAW</translation>
    </message>
    <message>
        <source>highest resolution: {0:.1f} MP against {1:.1f} MP</source>
        <translation>解像度が最も高い: {0:.1f} MP (次点は {1:.1f} MP)</translation>
    </message>
    <message>
        <source>largest file: {0} against {1}</source>
        <translation>ファイルサイズが最も大きい: {0} (次点は {1})</translation>
    </message>
    <message>
        <source>earliest date taken</source>
        <translation>撮影日が最も古い</translation>
    </message>
    <message>
        <source>richest metadata (date taken, camera)</source>
        <translation>メタデータが最も充実 (撮影日、カメラ)</translation>
    </message>
    <message>
        <source>shortest file name (copies get suffixes)</source>
        <translation>ファイル名が最も短い (コピーには接尾辞が付くため)</translation>
    </message>
    <message>
        <source>in the library longest</source>
        <translation>ライブラリへの登録が最も古い</translation>
    </message>
    <message>
        <source>suggested to keep</source>
        <translation>おすすめの残す写真</translation>
    </message>
    <message>
        <source>kept: {0}</source>
        <translation>残す理由: {0}</translation>
    </message>
    <message>
        <source>identical bytes</source>
        <translation>バイト単位で同一</translation>
    </message>
    <message numerus="yes">
        <source>%n bit(s) from the suggested photo</source>
        <translation>
            <numerusform>おすすめの写真との差 %n ビット</numerusform>
        </translation>
    </message>
    <message>
        <source>similarity {0:.3f} to the suggested photo</source>
        <translation>おすすめの写真との類似度 {0:.3f}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>left alone: {0}</source>
        <translation>そのままにしました: {0}</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Extra copy</source>
        <translation>余分なコピー</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <source>Duplicates</source>
        <translation>重複写真</translation>
    </message>
    <message>
        <source>What counts as a duplicate</source>
        <translation>重複とみなす基準</translation>
    </message>
    <message>
        <source>Same picture</source>
        <translation>同じ写真</translation>
    </message>
    <message>
        <source>Copies re-saved, resized, converted to another format or slightly cropped</source>
        <translation>保存し直した、サイズを変えた、別の形式に変換した、または少しトリミングしたコピー</translation>
    </message>
    <message>
        <source>Identical files</source>
        <translation>同一ファイル</translation>
    </message>
    <message>
        <source>Files with exactly the same bytes</source>
        <translation>中身がまったく同じファイル</translation>
    </message>
    <message>
        <source>Similar shots</source>
        <translation>似たショット</translation>
    </message>
    <message>
        <source>Near-identical photos, such as a burst of the same moment</source>
        <translation>連写など、ほぼ同じ瞬間の写真</translation>
    </message>
    <message>
        <source>Strictness</source>
        <translation>判定の厳しさ</translation>
    </message>
    <message>
        <source>Where to look</source>
        <translation>探す場所</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>ライブラリ全体</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>in</source>
        <translation>対象:</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>重複グループ</translation>
    </message>
    <message>
        <source>Photos of this group</source>
        <translation>このグループの写真</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>これを残す</translation>
    </message>
    <message>
        <source>Keep the chosen photo instead (Space)</source>
        <translation>代わりに選択中の写真を残す (Space)</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>重複ではない</translation>
    </message>
    <message>
        <source>These photos are not duplicates; never show them as a group again (N)</source>
        <translation>これらの写真は重複ではありません。今後グループとして表示しません (N)</translation>
    </message>
    <message>
        <source>Move others…</source>
        <translation>ほかを移動…</translation>
    </message>
    <message>
        <source>Move every photo but the one to keep into a folder you choose (M)</source>
        <translation>残す写真以外をすべて選んだフォルダーへ移動します (M)</translation>
    </message>
    <message>
        <source>Move others to trash…</source>
        <translation>ほかをゴミ箱へ…</translation>
    </message>
    <message>
        <source>Send every photo but the one to keep to the trash (Delete)</source>
        <translation>残す写真以外をすべてゴミ箱へ移動します (Delete)</translation>
    </message>
    <message>
        <source>←/→ choose a photo · Space keep it · Delete trash the others · M move them · N not duplicates · Page Up/Down other groups</source>
        <translation>←/→ 写真を選ぶ · Space 残す · Delete ほかをゴミ箱へ · M ほかを移動 · N 重複ではない · Page Up/Down ほかのグループ</translation>
    </message>
    <message>
        <source>Trash extra copies in all groups…</source>
        <translation>すべてのグループの余分なコピーをゴミ箱へ…</translation>
    </message>
    <message>
        <source>Bursts are left alone: review them one by one</source>
        <translation>連写はそのままにします。1 つずつ確認してください</translation>
    </message>
    <message>
        <source>Which groups to show</source>
        <translation>表示するグループ</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>すべてのグループ</translation>
    </message>
    <message>
        <source>Copies and similar shots</source>
        <translation>コピーと似たショット</translation>
    </message>
    <message>
        <source>Bursts</source>
        <translation>連写</translation>
    </message>
    <message>
        <source>Give the keeper the others&apos; tags and keywords</source>
        <translation>残す写真に、ほかの写真のタグとキーワードを引き継ぐ</translation>
    </message>
    <message>
        <source>Also their rating, location and date taken, when the keeper has none</source>
        <translation>残す写真にない場合は、評価・位置情報・撮影日時も</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>直前の操作を元に戻す</translation>
    </message>
    <message>
        <source>Put back the photos the last trash or move sent away, and the keeper&apos;s tags as they were</source>
        <translation>直前にゴミ箱へ移動した写真やフォルダーへ移動した写真を元に戻し、残す写真のタグも元の状態に戻します</translation>
    </message>
    <message>
        <source>The library cannot be opened: {0}</source>
        <translation>ライブラリを開けません: {0}</translation>
    </message>
    <message numerus="yes">
        <source>up to %n bit(s) apart</source>
        <translation>
            <numerusform>差 %n ビットまで</numerusform>
        </translation>
    </message>
    <message>
        <source>Perceptual-hash distance: 0 finds only near-exact copies, higher finds more edited copies and risks unrelated look-alikes</source>
        <translation>知覚ハッシュの距離: 0 ではほぼ完全なコピーだけ、大きくすると編集されたコピーも見つかりますが、無関係な似た写真が混ざることがあります</translation>
    </message>
    <message>
        <source>similarity ≥ {0:.2f}</source>
        <translation>類似度 ≥ {0:.2f}</translation>
    </message>
    <message>
        <source>CLIP similarity: higher finds only near-identical shots, lower finds broader look-alikes</source>
        <translation>CLIP 類似度: 高いとほぼ同じショットだけ、低いとより広く似た写真が見つかります</translation>
    </message>
    <message>
        <source>same bytes</source>
        <translation>同じバイト</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>重複を探しています…</translation>
    </message>
    <message>
        <source>Reading photos indexed before duplicates were looked for: %v of %m</source>
        <translation>重複検出より前に登録された写真を読み込み中: %v / %m</translation>
    </message>
    <message>
        <source>Comparing photos: %v of %m</source>
        <translation>写真を比較中: %v / %m</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>重複は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Stopped. Photos read so far need not be read again next time.</source>
        <translation>停止しました。ここまでに読み込んだ写真は次回読み込み直す必要はありません。</translation>
    </message>
    <message>
        <source>Finding duplicates did not work: {0}</source>
        <translation>重複を探せませんでした: {0}</translation>
    </message>
    <message>
        <source>Every group has been dealt with.</source>
        <translation>すべてのグループを処理しました。</translation>
    </message>
    <message>
        <source>No groups of this kind.</source>
        <translation>この種類のグループはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n グループ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra photo(s)</source>
        <translation>
            <numerusform>余分な写真 %n 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n to trash…</source>
        <translation>
            <numerusform>%n 枚をゴミ箱へ…</numerusform>
        </translation>
    </message>
    <message>
        <source>identical files</source>
        <translation>同一ファイル</translation>
    </message>
    <message numerus="yes">
        <source>the same picture (at most %n bit(s) apart)</source>
        <translation>
            <numerusform>同じ写真 (差 %n ビットまで)</numerusform>
        </translation>
    </message>
    <message>
        <source>similar shots (similarity at least {0:.3f})</source>
        <translation>似たショット (類似度 {0:.3f} 以上)</translation>
    </message>
    <message>
        <source>Group {0} of {1}, {2}: {3}. Keeping “{4}” ({5}).</source>
        <translation>グループ {0} / {1}、{2}: {3}。「{4}」を残します ({5})。</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>ゴミ箱へ移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) (%1) to the trash?</source>
        <translation>
            <numerusform>%n 枚の写真 (%1) をゴミ箱へ移動しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping “{0}”. You can restore them from the trash.</source>
        <translation>「{0}」を残します。ゴミ箱から元に戻せます。</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>ゴミ箱へ移動</translation>
    </message>
    <message numerus="yes">
        <source>Bursts left alone: %n.</source>
        <translation>
            <numerusform>そのままにした連写: %n グループ。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n group(s); each keeps the photo marked “Keep”. You can restore them from the trash.</source>
        <translation>
            <numerusform>%n グループが対象です。各グループで「残す」の付いた写真は残ります。ゴミ箱から元に戻せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag decision(s)</source>
        <translation>
            <numerusform>タグの判定 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keyword(s), title(s) or description(s)</source>
        <translation>
            <numerusform>キーワード・タイトル・説明 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>a rating</source>
        <translation>評価</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n 件の評価</numerusform>
        </translation>
    </message>
    <message>
        <source>a location</source>
        <translation>位置情報</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n 件の位置情報</numerusform>
        </translation>
    </message>
    <message>
        <source>a date taken</source>
        <translation>撮影日時</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) taken</source>
        <translation>
            <numerusform>%n 件の撮影日時</numerusform>
        </translation>
    </message>
    <message>
        <source>Before they go, the keeper receives {0}.</source>
        <translation>ほかの写真を移す前に、{0}を残す写真へ引き継ぎます。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n XMP sidecar file(s) will go with them.</source>
        <translation>
            <numerusform>%n 個の XMP サイドカーファイルも一緒に移動します。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” stays: “{1}” uses it too.</source>
        <translation>“{0}” は残ります: “{1}” も使っています。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>元に戻す操作はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n photo(s); they return to the library at the next index.</source>
        <translation>
            <numerusform>%n 枚の写真を元に戻しました。次回のインデックス作成時にライブラリに戻ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” could not be put back: {1}</source>
        <translation>「{0}」を元に戻せませんでした: {1}</translation>
    </message>
    <message>
        <source>“{0}” was put back as “{1}”: a file of that name is there again.</source>
        <translation>「{0}」を「{1}」として元に戻しました: 同じ名前のファイルが既にあります。</translation>
    </message>
    <message>
        <source>Move the other copies to</source>
        <translation>ほかのコピーの移動先</translation>
    </message>
    <message>
        <source>Move photos</source>
        <translation>写真を移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) (%1) into “%2”?</source>
        <translation>
            <numerusform>%n 枚の写真 (%1) を「%2」へ移動しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Files already there are never overwritten; the moved photos leave the library.</source>
        <translation>移動先にある同名のファイルが上書きされることはありません。移動した写真はライブラリから外れます。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移動しました</translation>
    </message>
    <message>
        <source>Trashed</source>
        <translation>ゴミ箱へ移動しました</translation>
    </message>
    <message numerus="yes">
        <source>{0} %n photo(s), {1}.</source>
        <translation>
            <numerusform>{0}: %n 枚、{1}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone (see the cards for why).</source>
        <translation>
            <numerusform>%n 枚はそのままにしました (理由は各カードに表示)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Sort</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>一致度の高い順</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <source>Order of the results; a search keeps only its matches whatever the order</source>
        <translation>結果の並び順。並び順に関係なく、検索では一致した写真だけが表示されます</translation>
    </message>
    <message>
        <source>Camera filter</source>
        <translation>カメラで絞り込み</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>タグで絞り込み</translation>
    </message>
    <message>
        <source>Place filter</source>
        <translation>場所で絞り込み</translation>
    </message>
    <message>
        <source>Where the photos were taken, from their GPS positions</source>
        <translation>写真の撮影場所 (GPS の位置情報から)</translation>
    </message>
    <message>
        <source>Show &amp;weaker matches</source>
        <translation>弱い一致も表示(&amp;W)</translation>
    </message>
    <message>
        <source>Also list the photos below the cut-off, ranked</source>
        <translation>しきい値に届かなかった写真も順位付きで表示します</translation>
    </message>
    <message>
        <source>Any camera</source>
        <translation>すべてのカメラ</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>すべての場所</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) and the weaker ones below the cut-off</source>
        <translation>
            <numerusform>%n 件の一致と、しきい値未満の弱い一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weaker match(es) hidden</source>
        <translation>
            <numerusform>弱い一致 %n 件を非表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;weaker matches</source>
        <translation>弱い一致を隠す(&amp;W)</translation>
    </message>
</context>
<context>
    <name>FolderListModel</name>
    <message>
        <source>All photos</source>
        <translation>すべての写真</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln 枚</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found — unplugged or moved?</source>
        <translation>見つかりません — 取り外されたか移動されましたか?</translation>
    </message>
    <message>
        <source>Cannot be read — check its permissions</source>
        <translation>読み取れません — アクセス権を確認してください</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln 件スキップ</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>インデックス作成中…</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>写真を探しています…</translation>
    </message>
    <message>
        <source>{0}
Cannot be read: {1}. Its photos are kept as they were until photoclip may read it again.</source>
        <translation>{0}
読み取れません: {1}。photoclip が再び読み取れるようになるまで、その中の写真は今のまま保持されます。</translation>
    </message>
    <message>
        <source>Every photo in the library</source>
        <translation>ライブラリ内のすべての写真</translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>about {0} h {1} min left</source>
        <translation>残り約 {0} 時間 {1} 分</translation>
    </message>
    <message>
        <source>Stop indexing (what is done is kept)</source>
        <translation>インデックス作成を停止 (済んだ分は保持されます)</translation>
    </message>
    <message>
        <source>Files that could not be read, and why</source>
        <translation>読み取れなかったファイルとその理由</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>インデックス作成を再開</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>インデックス作成を一時停止</translation>
    </message>
    <message>
        <source>Stop reading text in photos (what is read is kept)</source>
        <translation>写真の文字の読み取りを停止 (読み取った分は保持されます)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Indexing paused</source>
        <translation>インデックス作成を一時停止中</translation>
    </message>
    <message>
        <source>Looking for new and changed photos…</source>
        <translation>新しい写真や変更された写真を探しています…</translation>
    </message>
    <message>
        <source>Listing new photos {0} of {1}</source>
        <translation>新しい写真を一覧に追加中 {0} / {1}</translation>
    </message>
    <message>
        <source>Indexing {0} of {1}</source>
        <translation>インデックス作成中 {0} / {1}</translation>
    </message>
    <message>
        <source>{0} photos/s</source>
        <translation>{0} 枚/秒</translation>
    </message>
    <message>
        <source>Reading text {0} of {1}</source>
        <translation>テキストを読み取り中 {0} / {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln 件スキップ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelScoresDialog</name>
    <message>
        <source>Photos by score</source>
        <translation>スコア順の写真</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>ラベル(&amp;L)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation>しきい値(&amp;T)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>&amp;Use this threshold</source>
        <translation>このしきい値を使う(&amp;U)</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>スコアを計算中…</translation>
    </message>
    <message>
        <source>At this threshold, {0} of {1} photos would be tagged (now: {2}).</source>
        <translation>このしきい値では {1} 枚中 {0} 枚にタグが付きます (現在: {2} 枚)。</translation>
    </message>
    <message>
        <source>Tagging…</source>
        <translation>タグ付け中…</translation>
    </message>
</context>
<context>
    <name>LabelSetEditor</name>
    <message>
        <source>Label sets</source>
        <translation>ラベルセット</translation>
    </message>
    <message>
        <source>New set</source>
        <translation>新しいセット</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>セットを削除</translation>
    </message>
    <message>
        <source>e.g. Scenes</source>
        <translation>例: 風景</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>One label per photo, or none</source>
        <translation>写真ごとにラベルは 1 つ、またはなし</translation>
    </message>
    <message>
        <source>Any number of labels</source>
        <translation>ラベルはいくつでも</translation>
    </message>
    <message>
        <source>&amp;Choice</source>
        <translation>選び方(&amp;C)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>The similarity a label needs (one-label sets: to beat “none of these”)</source>
        <translation>ラベルに必要な類似度 (ラベル 1 つのセットでは「どれでもない」を上回るのに必要な値)</translation>
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation>しきい値(&amp;T)</translation>
    </message>
    <message>
        <source>Tag new photos as they are indexed</source>
        <translation>新しい写真をインデックス作成時にタグ付けする</translation>
    </message>
    <message>
        <source>Labels (prompts of their own, separated by “;”, are optional):</source>
        <translation>ラベル (独自のプロンプトは「;」で区切って指定できます。省略可):</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Own prompts</source>
        <translation>独自のプロンプト</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>ラベルを追加</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>ラベルを削除</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>適用先</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>ライブラリ全体</translation>
    </message>
    <message>
        <source>The folder chosen in the side bar</source>
        <translation>サイドバーで選択中のフォルダー</translation>
    </message>
    <message>
        <source>The photos now in the grid</source>
        <translation>いまグリッドにある写真</translation>
    </message>
    <message>
        <source>The selected photos</source>
        <translation>選択した写真</translation>
    </message>
    <message>
        <source>A label set needs a name.</source>
        <translation>ラベルセットには名前が必要です。</translation>
    </message>
    <message>
        <source>The threshold of “{0}” is not a number.</source>
        <translation>「{0}」のしきい値が数値ではありません。</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>「{0}」を保存しました。</translation>
    </message>
    <message>
        <source>Delete label set</source>
        <translation>ラベルセットを削除</translation>
    </message>
    <message>
        <source>Delete “{0}” with its labels, tags and your decisions about them?

The photos stay as they are.</source>
        <translation>「{0}」を、そのラベル、タグ、あなたの判定とともに削除しますか?

写真そのものは変わりません。</translation>
    </message>
    <message>
        <source>Tagging…</source>
        <translation>タグ付け中…</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n photo(s). </source>
        <translation>
            <numerusform>%n 枚にタグを付けました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not indexed yet)</source>
        <translation>
            <numerusform>(%n 枚はまだインデックス未作成)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This search did not work</source>
        <translation>この検索はうまくいきませんでした</translation>
    </message>
    <message>
        <source>Choose a folder with photos</source>
        <translation>写真のあるフォルダーを選択</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>フォルダーを削除</translation>
    </message>
    <message>
        <source>Remove “{0}” from the library?

Its photos leave photoclip&apos;s search; the files themselves stay where they are, untouched.</source>
        <translation>「{0}」をライブラリから削除しますか?

その写真は photoclip の検索対象から外れます。ファイル自体はそのままの場所に残り、変更されません。</translation>
    </message>
    <message>
        <source>the photos in “{0}”</source>
        <translation>「{0}」の写真</translation>
    </message>
    <message>
        <source>every photo in the library</source>
        <translation>ライブラリ内のすべての写真</translation>
    </message>
    <message>
        <source>Export tags</source>
        <translation>タグを書き出す</translation>
    </message>
    <message>
        <source>Write the tags of {0} as keywords into XMP sidecar files beside them?

The photos themselves are not changed; a sidecar already there keeps everything else it holds.</source>
        <translation>{0}のタグを、キーワードとして写真の隣の XMP サイドカーファイルに書き込みますか?

写真そのものは変更されません。既存のサイドカーのほかの内容もそのまま残ります。</translation>
    </message>
    <message numerus="yes">
        <source>Tags exported: %n sidecar(s) written</source>
        <translation>
            <numerusform>タグを書き出しました: サイドカー %n 件を書き込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already up to date</source>
        <translation>
            <numerusform>、%n 件は最新の状態</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped (first: {0})</source>
        <translation>
            <numerusform>、%n 件をスキップ (最初: {0})</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting tags did not work: {0}</source>
        <translation>タグを書き出せませんでした: {0}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>photoclip speaks the new language from its next start. Restart now?</source>
        <translation>新しい言語は photoclip の次回起動時から使われます。今すぐ再起動しますか?</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>photoclip cannot start</source>
        <translation>photoclip を起動できません</translation>
    </message>
    <message>
        <source>photoclip</source>
        <translation>photoclip</translation>
    </message>
    <message>
        <source>photoclip cannot open its library.</source>
        <translation>photoclip のライブラリを開けません。</translation>
    </message>
</context>
<context>
    <name>ModelSetupDialog</name>
    <message>
        <source>Setting up the model</source>
        <translation>モデルの準備</translation>
    </message>
    <message>
        <source>Choose a local checkpoint file…</source>
        <translation>ローカルのチェックポイントファイルを選択…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Choose the model&apos;s checkpoint file</source>
        <translation>モデルのチェックポイントファイルを選択</translation>
    </message>
    <message>
        <source>Model checkpoints (*.safetensors *.bin *.pt *.pth);;All files (*)</source>
        <translation>モデルのチェックポイント (*.safetensors *.bin *.pt *.pth);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>about {0} MB</source>
        <translation>約 {0} MB</translation>
    </message>
    <message>
        <source>its weights</source>
        <translation>その重み</translation>
    </message>
    <message>
        <source>photoclip speaks your language, but this model understands searches in English only. The multilingual model {0} understands yours too: about {1} MB to download once, and indexing is a little slower.</source>
        <translation>photoclip はあなたの言語で表示されていますが、このモデルが理解できるのは英語の検索だけです。多言語モデル {0} ならあなたの言語でも検索できます。初回のみ約 {1} MB のダウンロードが必要で、インデックス作成は少し遅くなります。</translation>
    </message>
    <message>
        <source>Use the multilingual model</source>
        <translation>多言語モデルを使う</translation>
    </message>
    <message>
        <source>Downloading the model</source>
        <translation>モデルをダウンロード中</translation>
    </message>
    <message>
        <source>photoclip needs the model {0} ({1}) to understand your photos. It is downloaded once from Hugging Face and then works offline; your photos never leave this computer.</source>
        <translation>写真の内容を理解するために、photoclip はモデル {0} ({1}) を使います。Hugging Face から一度だけダウンロードすれば、その後はオフラインで動作します。写真がこのコンピューターの外に出ることはありません。</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>モデルを読み込み中…</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>数秒かかります。</translation>
    </message>
    <message>
        <source>The model is not downloaded yet</source>
        <translation>モデルがまだダウンロードされていません</translation>
    </message>
    <message>
        <source>photoclip needs the model {0} ({1}).</source>
        <translation>photoclip にはモデル {0} ({1}) が必要です。</translation>
    </message>
    <message>
        <source>The model is not available</source>
        <translation>モデルを利用できません</translation>
    </message>
    <message>
        <source>“Choose a local checkpoint file…” below</source>
        <translation>下の「ローカルのチェックポイントファイルを選択…」</translation>
    </message>
    <message>
        <source>choose it with {0}</source>
        <translation>{0}から選択してください</translation>
    </message>
    <message>
        <source>Your photos are indexed, and become searchable, as soon as the model is set up.</source>
        <translation>モデルの準備ができしだい、写真のインデックスが作成され、検索できるようになります。</translation>
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
        <translation>表示</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>似た写真を探す</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n path(s)</source>
        <translation>
            <numerusform>%n 件のパスをコピー</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoTagsPanel</name>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Tags of this photo</source>
        <translation>この写真のタグ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>This photo has this tag</source>
        <translation>この写真にはこのタグが当てはまる</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>This photo does not have this tag</source>
        <translation>この写真にはこのタグが当てはまらない</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Forget your decision; the machine&apos;s suggestion counts again</source>
        <translation>あなたの判定を取り消し、自動の提案に戻します</translation>
    </message>
    <message>
        <source>Tag to add</source>
        <translation>追加するタグ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>提案</translation>
    </message>
</context>
<context>
    <name>PhotoTextPanel</name>
    <message>
        <source>Text in this photo</source>
        <translation>この写真のテキスト</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>テキストをコピー</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>まだ読み取っていません。</translation>
    </message>
    <message>
        <source>Reading text in photos is off (Settings).</source>
        <translation>写真内のテキストの読み取りはオフです (設定)。</translation>
    </message>
    <message>
        <source>No text found.</source>
        <translation>テキストは見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
</context>
<context>
    <name>ScriptHintBar</name>
    <message>
        <source>This search is written in a script the current model cannot read (it learned English only), so its picture matches mean little.</source>
        <translation>この検索は現在のモデルが読めない文字で書かれています (英語しか学習していません)。そのため画像による一致はあまり当てになりません。</translation>
    </message>
    <message>
        <source>Use the multilingual model (about {0} MB)</source>
        <translation>多言語モデルを使う (約 {0} MB)</translation>
    </message>
    <message>
        <source>Use the multilingual model</source>
        <translation>多言語モデルを使う</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Describe a photo — “kids on a beach at sunset” (Ctrl+F)</source>
        <translation>写真の内容を入力 — 「夕暮れの浜辺で遊ぶ子どもたち」 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search photos</source>
        <translation>写真を検索</translation>
    </message>
    <message>
        <source>Searching for photos like this one; click to stop</source>
        <translation>この写真に似た写真を検索中。クリックで終了</translation>
    </message>
    <message>
        <source>Date filter</source>
        <translation>日付で絞り込み</translation>
    </message>
    <message>
        <source>From (taken on or after)</source>
        <translation>開始 (この日以降に撮影)</translation>
    </message>
    <message>
        <source>To (taken on or before)</source>
        <translation>終了 (この日以前に撮影)</translation>
    </message>
    <message>
        <source>Find duplicates (Ctrl+Shift+D)</source>
        <translation>重複写真を探す (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>重複写真を探す</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Like: {0}</source>
        <translation>類似: {0}</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>すべての日付</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>期間を指定…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>  (multilingual)</source>
        <translation>  (多言語)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>downloaded automatically</source>
        <translation>自動でダウンロード</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Weights file</source>
        <translation>重みファイル</translation>
    </message>
    <message>
        <source>Automatic (GPU when there is one)</source>
        <translation>自動 (GPU があれば GPU)</translation>
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
        <translation>モデルの実行先</translation>
    </message>
    <message>
        <source> of {0}</source>
        <translation> / {0}</translation>
    </message>
    <message>
        <source>Fewer threads keep the computer responsive while indexing; more finish sooner.</source>
        <translation>スレッドを少なくするとインデックス作成中もコンピューターが快適に使え、多くすると早く終わります。</translation>
    </message>
    <message>
        <source>CPU threads for indexing</source>
        <translation>インデックス作成の CPU スレッド数</translation>
    </message>
    <message>
        <source>Read the text in photos (signs, receipts, screenshots)</source>
        <translation>写真内の文字を読み取る (看板、レシートなど)</translation>
    </message>
    <message>
        <source>Search then finds photos by the words written in them. It runs after indexing, at low priority, and can be paused.</source>
        <translation>写真に写っている文字でも検索できるようになります。インデックス作成の後に低い優先度で実行され、一時停止もできます。</translation>
    </message>
    <message>
        <source>Text in photos</source>
        <translation>写真内のテキスト</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大</translation>
    </message>
    <message>
        <source>Thumbnail size</source>
        <translation>サムネイルのサイズ</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Takes effect when photoclip restarts</source>
        <translation>photoclip の再起動後に反映されます</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>A custom model</source>
        <translation>カスタムモデル</translation>
    </message>
    <message>
        <source>about {0} MB to download once</source>
        <translation>初回のみ約 {0} MB をダウンロード</translation>
    </message>
    <message>
        <source>Switching re-indexes every photo in the background; search keeps using the current model until that is done.</source>
        <translation>切り替えると、バックグラウンドですべての写真のインデックスを作り直します。完了するまでは現在のモデルで検索します。</translation>
    </message>
    <message>
        <source>Choose the model&apos;s checkpoint file</source>
        <translation>モデルのチェックポイントファイルを選択</translation>
    </message>
    <message>
        <source>Model checkpoints (*.safetensors *.bin *.pt *.pth)</source>
        <translation>モデルのチェックポイント (*.safetensors *.bin *.pt *.pth)</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>LIBRARY</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Add a photo folder…</source>
        <translation>写真フォルダーを追加…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>フォルダーを追加</translation>
    </message>
    <message>
        <source>Remove the selected folder from the library (files stay on disk)</source>
        <translation>選択したフォルダーをライブラリから削除 (ファイルはディスクに残ります)</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>フォルダーを削除</translation>
    </message>
</context>
<context>
    <name>SkippedDialog</name>
    <message>
        <source>Skipped files</source>
        <translation>スキップしたファイル</translation>
    </message>
    <message>
        <source>These folders and files could not be read, so what is in them is not brought up to date: photos already in a folder that cannot be read are kept as they were. Files are tried again when they change or can be read again; nothing was touched.</source>
        <translation>これらのフォルダーやファイルは読み取れなかったため、内容が更新されていません。読み取れないフォルダーにすでにある写真は今のまま保持されます。ファイルは変更されたときや再び読み取れるようになったときに再試行されます。何も変更していません。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>TAGS</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Stop filtering by tag</source>
        <translation>タグでの絞り込みを解除</translation>
    </message>
    <message>
        <source>Scores…</source>
        <translation>スコア…</translation>
    </message>
    <message>
        <source>A label&apos;s photos by score, with a threshold to try</source>
        <translation>ラベルの写真をスコア順に表示し、しきい値を試せます</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Create and edit label sets, and apply them (Ctrl+Shift+T)</source>
        <translation>ラベルセットを作成・編集して適用します (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Write the tags as keywords into XMP sidecar files that digiKam, Lightroom and others read; the photos themselves are not changed</source>
        <translation>タグをキーワードとして、digiKam や Lightroom などが読める XMP サイドカーファイルに書き込みます。写真そのものは変更されません</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>No label sets yet. “Edit…” creates one: your own words, such as beach, mountains, city.</source>
        <translation>ラベルセットはまだありません。「編集…」で作成できます。海、山、街など、自分の言葉で作りましょう。</translation>
    </message>
    <message>
        <source>One label per photo</source>
        <translation>写真ごとにラベルは 1 つ</translation>
    </message>
    <message>
        <source>Any number of labels</source>
        <translation>ラベルはいくつでも</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) tagged “{0}”; click to show them</source>
        <translation>
            <numerusform>「{0}」タグの写真 %n 枚。クリックで表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln 枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln best match(es)</source>
        <translation>
            <numerusform>上位 %Ln 件の一致</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 件の一致</numerusform>
        </translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>「{0}」内</translation>
    </message>
    <message>
        <source>searching with the previous model until the new one has seen every photo</source>
        <translation>新しいモデルがすべての写真を処理するまで、前のモデルで検索しています</translation>
    </message>
    <message>
        <source>found by names, folders, keywords and tags until the model is ready</source>
        <translation>モデルの準備ができるまで、名前・フォルダー・キーワード・タグで検索しています</translation>
    </message>
    <message>
        <source>not understood as a filter, searched as words: {0}</source>
        <translation>絞り込み条件として解釈できないため、語句として検索: {0}</translation>
    </message>
    <message>
        <source>{0} only pushes results away: type something to look for too</source>
        <translation>{0} は結果を除外するだけです。探したい言葉も入力してください</translation>
    </message>
    <message>
        <source>model on {0}</source>
        <translation>モデル: {0}</translation>
    </message>
    <message>
        <source>Searching needs the model</source>
        <translation>検索にはモデルが必要です</translation>
    </message>
    <message>
        <source>No photo&apos;s name, folder, keywords or tags match. To search by what photos show, set up the model with the button in the status bar.</source>
        <translation>名前、フォルダー、キーワード、タグが一致する写真はありません。写真の内容で検索するには、ステータスバーのボタンからモデルを準備してください。</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>モデルを読み込み中…</translation>
    </message>
    <message>
        <source>Your search runs as soon as the model is ready.</source>
        <translation>モデルの準備ができしだい検索します。</translation>
    </message>
    <message>
        <source>Add a folder to start</source>
        <translation>フォルダーを追加して始めましょう</translation>
    </message>
    <message>
        <source>Choose a folder with photos, or drop one on the window.</source>
        <translation>写真のあるフォルダーを選ぶか、ウィンドウにフォルダーをドロップしてください。</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>写真を探しています…</translation>
    </message>
    <message>
        <source>Photos appear here as they are indexed.</source>
        <translation>インデックスが作成された写真から順にここに表示されます。</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>まだ写真がありません</translation>
    </message>
    <message>
        <source>No photos were found in your folders. New ones are picked up as they arrive.</source>
        <translation>フォルダーに写真が見つかりませんでした。新しい写真は追加されしだい取り込まれます。</translation>
    </message>
    <message>
        <source>No good matches</source>
        <translation>よく一致する写真がありません</translation>
    </message>
    <message>
        <source>No photo stands out for this search. “Show weaker matches” above lists the closest ones anyway.</source>
        <translation>この検索で際立って一致する写真はありません。上の「弱い一致も表示」で、近いものを一覧できます。</translation>
    </message>
    <message>
        <source>Try other words, or another folder or date.</source>
        <translation>別の言葉や、別のフォルダー・日付で試してください。</translation>
    </message>
    <message>
        <source>No photos match</source>
        <translation>一致する写真がありません</translation>
    </message>
    <message>
        <source>place: {0}</source>
        <translation>場所: {0}</translation>
    </message>
    <message>
        <source>place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>キーワード</translation>
    </message>
    <message>
        <source>file or folder name</source>
        <translation>ファイル名またはフォルダー名</translation>
    </message>
    <message>
        <source>text in photo</source>
        <translation>写真内のテキスト</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Matched by: {0}</source>
        <translation>一致した理由: {0}</translation>
    </message>
    <message>
        <source>Indexing stopped; what was done is kept.</source>
        <translation>インデックス作成を停止しました。済んだ分は保持されます。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) indexed</source>
        <translation>
            <numerusform>%Ln 枚のインデックスを作成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln 枚を移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln 枚を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s) not found</source>
        <translation>
            <numerusform>%Ln 個のフォルダーが見つかりません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s) or file(s) cannot be read</source>
        <translation>
            <numerusform>%Ln 個のフォルダーまたはファイルを読み取れません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln XMP sidecar(s) back from the trash beside photos put back by hand</source>
        <translation>
            <numerusform>手動で戻された写真の横に XMP サイドカー %Ln 個をゴミ箱から戻しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not come back from the trash</source>
        <translation>
            <numerusform>%Ln 個のファイルをゴミ箱から戻せませんでした</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new photo(s) listed; searching by what they show needs the model</source>
        <translation>
            <numerusform>新しい写真 %Ln 枚を一覧に追加。内容で検索するにはモデルが必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>最新の状態です</translation>
    </message>
    <message>
        <source>in {0} s</source>
        <translation>({0} 秒)</translation>
    </message>
    <message>
        <source>Downloading model…</source>
        <translation>モデルをダウンロード中…</translation>
    </message>
    <message>
        <source>Model not set up — fix…</source>
        <translation>モデル未設定 — 設定する…</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Previous (Left arrow)</source>
        <translation>前へ (←キー)</translation>
    </message>
    <message>
        <source>Next (Right arrow)</source>
        <translation>次へ (→キー)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>撮影日時</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>一致度</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>パスをコピー</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>似た写真を探す</translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation>座標をコピー</translation>
    </message>
    <message>
        <source>Copy the latitude and longitude, e.g. to paste into a map</source>
        <translation>緯度と経度をコピーします (地図に貼り付けるときなどに)</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>{0} (file date)</source>
        <translation>{0} (ファイルの日付)</translation>
    </message>
    <message>
        <source>{0} × {1} px</source>
        <translation>{0} × {1} ピクセル</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>{0}, with RAW {1}</source>
        <translation>{0} (RAW {1} 付き)</translation>
    </message>
    <message>
        <source>This photo cannot be shown: {0}</source>
        <translation>この写真を表示できません: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to photoclip</source>
        <translation>photoclip へようこそ</translation>
    </message>
    <message>
        <source>Find any photo by describing it — “birthday cake with candles”, “snowy mountain lake” — or by showing a similar one. photoclip looks at your photos on this computer; nothing is uploaded, and your folders are only read, never changed.</source>
        <translation>「ろうそくの立ったバースデーケーキ」「雪山の湖」のように言葉で説明するか、似た写真を見せるだけで、どんな写真でも見つかります。photoclip は写真をこのコンピューター上で解析します。何もアップロードされず、フォルダーは読み取るだけで変更しません。</translation>
    </message>
    <message>
        <source>Which folders hold your photos?</source>
        <translation>写真はどのフォルダーにありますか?</translation>
    </message>
    <message>
        <source>Use {0}</source>
        <translation>{0} を使う</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>フォルダーを選択…</translation>
    </message>
    <message>
        <source>You can add more folders later, or drop a folder on the window. New photos in them are picked up while photoclip runs.</source>
        <translation>フォルダーはあとから追加することも、ウィンドウにドロップすることもできます。photoclip の実行中にフォルダーに追加された写真は自動で取り込まれます。</translation>
    </message>
</context>
</TS>
