<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Bridge</name>
    <message>
        <source>{0} did not stop in time</source>
        <translation>{0} 未能及时停止</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>已取消下载。</translation>
    </message>
    <message>
        <source>Indexing stopped: {0}</source>
        <translation>索引已停止：{0}</translation>
    </message>
    <message>
        <source>Reading text in photos stopped: {0}</source>
        <translation>读取照片中的文字已停止：{0}</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message numerus="yes">
        <source>burst of %n, {0:g} s</source>
        <translation>
            <numerusform>%n 张连拍，{0:g} 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>similar shots</source>
        <translation>相似的照片</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>副本</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} to free</source>
        <translation>可释放 {0}</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>extra copy</source>
        <translation>多余副本</translation>
    </message>
    <message>
        <source>no date taken</source>
        <translation>无拍摄日期</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <source>sharpest</source>
        <translation>最清晰</translation>
    </message>
    <message>
        <source>sharpest: {0:.1f}× the focus measure of the next</source>
        <translation>最清晰：清晰度是次清晰照片的 {0:.1f} 倍</translation>
    </message>
    <message>
        <source>the RAW original of a RAW + JPEG pair</source>
        <translation>RAW + JPEG 组合中的 RAW 原片</translation>
    </message>
    <message>
        <source>the RAW original</source>
        <translation>RAW 原片</translation>
    </message>
    <message>
        <source>highest resolution: {0:.1f} MP against {1:.1f} MP</source>
        <translation>分辨率最高：{0:.1f} MP（次高 {1:.1f} MP）</translation>
    </message>
    <message>
        <source>largest file: {0} against {1}</source>
        <translation>文件最大：{0}（次大 {1}）</translation>
    </message>
    <message>
        <source>earliest date taken</source>
        <translation>拍摄日期最早</translation>
    </message>
    <message>
        <source>richest metadata (date taken, camera)</source>
        <translation>元数据最完整（拍摄日期、相机）</translation>
    </message>
    <message>
        <source>shortest file name (copies get suffixes)</source>
        <translation>文件名最短（副本的文件名会带后缀）</translation>
    </message>
    <message>
        <source>in the library longest</source>
        <translation>在图库中的时间最长</translation>
    </message>
    <message>
        <source>suggested to keep</source>
        <translation>建议保留</translation>
    </message>
    <message>
        <source>kept: {0}</source>
        <translation>保留原因：{0}</translation>
    </message>
    <message>
        <source>identical bytes</source>
        <translation>字节完全相同</translation>
    </message>
    <message numerus="yes">
        <source>%n bit(s) from the suggested photo</source>
        <translation>
            <numerusform>与建议照片相差 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>similarity {0:.3f} to the suggested photo</source>
        <translation>与建议照片的相似度 {0:.3f}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>left alone: {0}</source>
        <translation>未处理：{0}</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Extra copy</source>
        <translation>多余副本</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <source>Duplicates</source>
        <translation>重复照片</translation>
    </message>
    <message>
        <source>What counts as a duplicate</source>
        <translation>怎样算重复</translation>
    </message>
    <message>
        <source>Same picture</source>
        <translation>同一张照片</translation>
    </message>
    <message>
        <source>Copies re-saved, resized, converted to another format or slightly cropped</source>
        <translation>重新保存、调整过大小、转换为其他格式或稍有裁剪的副本</translation>
    </message>
    <message>
        <source>Identical files</source>
        <translation>完全相同的文件</translation>
    </message>
    <message>
        <source>Files with exactly the same bytes</source>
        <translation>字节完全一致的文件</translation>
    </message>
    <message>
        <source>Similar shots</source>
        <translation>相似的照片</translation>
    </message>
    <message>
        <source>Near-identical photos, such as a burst of the same moment</source>
        <translation>几乎相同的照片，例如同一瞬间的连拍</translation>
    </message>
    <message>
        <source>Strictness</source>
        <translation>严格程度</translation>
    </message>
    <message>
        <source>Where to look</source>
        <translation>查找范围</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>整个图库</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>in</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Duplicate groups</source>
        <translation>重复照片组</translation>
    </message>
    <message>
        <source>Photos of this group</source>
        <translation>本组照片</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>保留这张</translation>
    </message>
    <message>
        <source>Keep the chosen photo instead (Space)</source>
        <translation>改为保留选中的照片（空格键）</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>不是重复</translation>
    </message>
    <message>
        <source>These photos are not duplicates; never show them as a group again (N)</source>
        <translation>这些照片不是重复照片；不再将它们显示为一组（N）</translation>
    </message>
    <message>
        <source>Move others…</source>
        <translation>移动其他照片…</translation>
    </message>
    <message>
        <source>Move every photo but the one to keep into a folder you choose (M)</source>
        <translation>将要保留的照片以外的所有照片移到您选择的文件夹（M）</translation>
    </message>
    <message>
        <source>Move others to trash…</source>
        <translation>将其他照片移到废纸篓…</translation>
    </message>
    <message>
        <source>Send every photo but the one to keep to the trash (Delete)</source>
        <translation>将要保留的照片以外的所有照片移到废纸篓（Delete）</translation>
    </message>
    <message>
        <source>←/→ choose a photo · Space keep it · Delete trash the others · M move them · N not duplicates · Page Up/Down other groups</source>
        <translation>←/→ 选择照片 · 空格 保留 · Delete 将其他照片移到废纸篓 · M 移动 · N 不是重复 · Page Up/Down 切换组</translation>
    </message>
    <message>
        <source>Trash extra copies in all groups…</source>
        <translation>将所有组中的多余副本移到废纸篓…</translation>
    </message>
    <message>
        <source>Bursts are left alone: review them one by one</source>
        <translation>连拍不会被处理：请逐组查看</translation>
    </message>
    <message>
        <source>Which groups to show</source>
        <translation>显示哪些组</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>所有组</translation>
    </message>
    <message>
        <source>Copies and similar shots</source>
        <translation>副本和相似的照片</translation>
    </message>
    <message>
        <source>Bursts</source>
        <translation>连拍</translation>
    </message>
    <message>
        <source>Give the keeper the others&apos; tags and keywords</source>
        <translation>将其他照片的标签和关键词转给保留的照片</translation>
    </message>
    <message>
        <source>Also their rating, location and date taken, when the keeper has none</source>
        <translation>保留的照片没有时，也包括它们的评分、位置和拍摄日期</translation>
    </message>
    <message>
        <source>Undo last</source>
        <translation>撤销上一步</translation>
    </message>
    <message>
        <source>Put back the photos the last trash or move sent away, and the keeper&apos;s tags as they were</source>
        <translation>恢复上次移到废纸篓或移走的照片，并将保留照片的标签恢复原样</translation>
    </message>
    <message>
        <source>The library cannot be opened: {0}</source>
        <translation>无法打开图库：{0}</translation>
    </message>
    <message numerus="yes">
        <source>up to %n bit(s) apart</source>
        <translation>
            <numerusform>最多相差 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>Perceptual-hash distance: 0 finds only near-exact copies, higher finds more edited copies and risks unrelated look-alikes</source>
        <translation>感知哈希距离：0 只找出几乎完全相同的副本；数值越高，能找出编辑过的副本越多，但也可能混入无关的相似照片</translation>
    </message>
    <message>
        <source>similarity ≥ {0:.2f}</source>
        <translation>相似度 ≥ {0:.2f}</translation>
    </message>
    <message>
        <source>CLIP similarity: higher finds only near-identical shots, lower finds broader look-alikes</source>
        <translation>CLIP 相似度：越高只找出几乎相同的照片，越低找出的相似照片范围越广</translation>
    </message>
    <message>
        <source>same bytes</source>
        <translation>字节相同</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复照片…</translation>
    </message>
    <message>
        <source>Reading photos indexed before duplicates were looked for: %v of %m</source>
        <translation>正在读取查重功能推出前已索引的照片：%v / %m</translation>
    </message>
    <message>
        <source>Comparing photos: %v of %m</source>
        <translation>正在比较照片：%v / %m</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>没有找到重复照片。</translation>
    </message>
    <message>
        <source>Stopped. Photos read so far need not be read again next time.</source>
        <translation>已停止。已读取的照片下次无需重新读取。</translation>
    </message>
    <message>
        <source>Finding duplicates did not work: {0}</source>
        <translation>查找重复照片失败：{0}</translation>
    </message>
    <message>
        <source>Every group has been dealt with.</source>
        <translation>所有组均已处理。</translation>
    </message>
    <message>
        <source>No groups of this kind.</source>
        <translation>没有这类组。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n 组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra photo(s)</source>
        <translation>
            <numerusform>%n 张多余照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n to trash…</source>
        <translation>
            <numerusform>将 %n 张移到废纸篓…</numerusform>
        </translation>
    </message>
    <message>
        <source>identical files</source>
        <translation>完全相同的文件</translation>
    </message>
    <message numerus="yes">
        <source>the same picture (at most %n bit(s) apart)</source>
        <translation>
            <numerusform>同一张照片（最多相差 %n 位）</numerusform>
        </translation>
    </message>
    <message>
        <source>similar shots (similarity at least {0:.3f})</source>
        <translation>相似的照片（相似度至少 {0:.3f}）</translation>
    </message>
    <message>
        <source>Group {0} of {1}, {2}: {3}. Keeping “{4}” ({5}).</source>
        <translation>第 {0} 组，共 {1} 组，{2}：{3}。保留“{4}”（{5}）。</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到废纸篓</translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) (%1) to the trash?</source>
        <translation>
            <numerusform>将 %n 张照片（%1）移到废纸篓？</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping “{0}”. You can restore them from the trash.</source>
        <translation>保留“{0}”。您可以从废纸篓中恢复其他照片。</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移到废纸篓</translation>
    </message>
    <message numerus="yes">
        <source>Bursts left alone: %n.</source>
        <translation>
            <numerusform>未处理的连拍：%n 组。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %n group(s); each keeps the photo marked “Keep”. You can restore them from the trash.</source>
        <translation>
            <numerusform>来自 %n 组；每组保留标记为“保留”的照片。您可以从废纸篓中恢复它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag decision(s)</source>
        <translation>
            <numerusform>%n 项标签判断</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keyword(s), title(s) or description(s)</source>
        <translation>
            <numerusform>%n 项关键词、标题或描述</numerusform>
        </translation>
    </message>
    <message>
        <source>a rating</source>
        <translation>评分</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n 个评分</numerusform>
        </translation>
    </message>
    <message>
        <source>a location</source>
        <translation>位置</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation>
            <numerusform>%n 个位置</numerusform>
        </translation>
    </message>
    <message>
        <source>a date taken</source>
        <translation>拍摄日期</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) taken</source>
        <translation>
            <numerusform>%n 个拍摄日期</numerusform>
        </translation>
    </message>
    <message>
        <source>Before they go, the keeper receives {0}.</source>
        <translation>在其他照片移走之前，保留的照片会获得 {0}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n XMP sidecar file(s) will go with them.</source>
        <translation>
            <numerusform>%n 个 XMP 附属文件也会随之移走。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” stays: “{1}” uses it too.</source>
        <translation>“{0}” 保留：“{1}” 也在使用它。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n photo(s); they return to the library at the next index.</source>
        <translation>
            <numerusform>已恢复 %n 张照片；下次索引时它们会回到图库中。</numerusform>
        </translation>
    </message>
    <message>
        <source>“{0}” could not be put back: {1}</source>
        <translation>无法恢复“{0}”：{1}</translation>
    </message>
    <message>
        <source>“{0}” was put back as “{1}”: a file of that name is there again.</source>
        <translation>“{0}”已恢复为“{1}”：同名文件已在原处。</translation>
    </message>
    <message>
        <source>Move the other copies to</source>
        <translation>将其他副本移到</translation>
    </message>
    <message>
        <source>Move photos</source>
        <translation>移动照片</translation>
    </message>
    <message numerus="yes">
        <source>Move %n photo(s) (%1) into “%2”?</source>
        <translation>
            <numerusform>将 %n 张照片（%1）移到“%2”？</numerusform>
        </translation>
    </message>
    <message>
        <source>Files already there are never overwritten; the moved photos leave the library.</source>
        <translation>绝不会覆盖目标位置已有的文件；移走的照片将离开图库。</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <source>Trashed</source>
        <translation>已移到废纸篓</translation>
    </message>
    <message numerus="yes">
        <source>{0} %n photo(s), {1}.</source>
        <translation>
            <numerusform>{0} %n 张照片，{1}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left alone (see the cards for why).</source>
        <translation>
            <numerusform>%n 张未处理（原因见卡片）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Best match first</source>
        <translation>最佳匹配优先</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <source>Order of the results; a search keeps only its matches whatever the order</source>
        <translation>结果的排序方式；无论如何排序，搜索都只显示匹配的照片</translation>
    </message>
    <message>
        <source>Camera filter</source>
        <translation>按相机筛选</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <source>Place filter</source>
        <translation>按地点筛选</translation>
    </message>
    <message>
        <source>Where the photos were taken, from their GPS positions</source>
        <translation>照片的拍摄地点，根据其 GPS 位置</translation>
    </message>
    <message>
        <source>Show &amp;weaker matches</source>
        <translation>显示较弱的匹配(&amp;W)</translation>
    </message>
    <message>
        <source>Also list the photos below the cut-off, ranked</source>
        <translation>同时按排名列出低于阈值的照片</translation>
    </message>
    <message>
        <source>Any camera</source>
        <translation>所有相机</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <source>Any place</source>
        <translation>所有地点</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) and the weaker ones below the cut-off</source>
        <translation>
            <numerusform>%n 个匹配，以及低于阈值的较弱匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weaker match(es) hidden</source>
        <translation>
            <numerusform>已隐藏 %n 个较弱的匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide &amp;weaker matches</source>
        <translation>隐藏较弱的匹配(&amp;W)</translation>
    </message>
</context>
<context>
    <name>FolderListModel</name>
    <message>
        <source>All photos</source>
        <translation>所有照片</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln 张照片</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found — unplugged or moved?</source>
        <translation>找不到 — 是否已拔出或移动？</translation>
    </message>
    <message>
        <source>Cannot be read — check its permissions</source>
        <translation>无法读取 — 请检查权限</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>已跳过 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>正在索引…</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>正在查找照片…</translation>
    </message>
    <message>
        <source>{0}
Cannot be read: {1}. Its photos are kept as they were until photoclip may read it again.</source>
        <translation>{0}
无法读取：{1}。在 photoclip 能再次读取之前，其中的照片保持原样。</translation>
    </message>
    <message>
        <source>Every photo in the library</source>
        <translation>图库中的所有照片</translation>
    </message>
</context>
<context>
    <name>IndexStatus</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>约剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>约剩 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>about {0} h {1} min left</source>
        <translation>约剩 {0} 小时 {1} 分钟</translation>
    </message>
    <message>
        <source>Stop indexing (what is done is kept)</source>
        <translation>停止索引（已完成的部分会保留）</translation>
    </message>
    <message>
        <source>Files that could not be read, and why</source>
        <translation>无法读取的文件及原因</translation>
    </message>
    <message>
        <source>Resume indexing</source>
        <translation>继续索引</translation>
    </message>
    <message>
        <source>Pause indexing</source>
        <translation>暂停索引</translation>
    </message>
    <message>
        <source>Stop reading text in photos (what is read is kept)</source>
        <translation>停止读取照片中的文字（已读取的部分会保留）</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Indexing paused</source>
        <translation>索引已暂停</translation>
    </message>
    <message>
        <source>Looking for new and changed photos…</source>
        <translation>正在查找新增和已更改的照片…</translation>
    </message>
    <message>
        <source>Listing new photos {0} of {1}</source>
        <translation>正在列出新照片 {0} / {1}</translation>
    </message>
    <message>
        <source>Indexing {0} of {1}</source>
        <translation>正在索引 {0} / {1}</translation>
    </message>
    <message>
        <source>{0} photos/s</source>
        <translation>{0} 张/秒</translation>
    </message>
    <message>
        <source>Reading text {0} of {1}</source>
        <translation>正在读取文字 {0} / {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>已跳过 %Ln 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabelScoresDialog</name>
    <message>
        <source>Photos by score</source>
        <translation>按分数排列的照片</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>已包含</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation>阈值(&amp;T)</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>&amp;Use this threshold</source>
        <translation>使用此阈值(&amp;U)</translation>
    </message>
    <message>
        <source>Scoring…</source>
        <translation>正在评分…</translation>
    </message>
    <message>
        <source>At this threshold, {0} of {1} photos would be tagged (now: {2}).</source>
        <translation>在此阈值下，{1} 张照片中将有 {0} 张被加上标签（当前：{2} 张）。</translation>
    </message>
    <message>
        <source>Tagging…</source>
        <translation>正在添加标签…</translation>
    </message>
</context>
<context>
    <name>LabelSetEditor</name>
    <message>
        <source>Label sets</source>
        <translation>标签集</translation>
    </message>
    <message>
        <source>New set</source>
        <translation>新建标签集</translation>
    </message>
    <message>
        <source>Delete set</source>
        <translation>删除标签集</translation>
    </message>
    <message>
        <source>e.g. Scenes</source>
        <translation>例如：风景</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>One label per photo, or none</source>
        <translation>每张照片一个标签或没有标签</translation>
    </message>
    <message>
        <source>Any number of labels</source>
        <translation>任意数量的标签</translation>
    </message>
    <message>
        <source>&amp;Choice</source>
        <translation>选择方式(&amp;C)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>The similarity a label needs (one-label sets: to beat “none of these”)</source>
        <translation>标签所需的相似度（单标签集中：需超过“都不是”）</translation>
    </message>
    <message>
        <source>&amp;Threshold</source>
        <translation>阈值(&amp;T)</translation>
    </message>
    <message>
        <source>Tag new photos as they are indexed</source>
        <translation>索引新照片时自动添加标签</translation>
    </message>
    <message>
        <source>Labels (prompts of their own, separated by “;”, are optional):</source>
        <translation>标签（可选：用“;”分隔的自定义提示词）：</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Own prompts</source>
        <translation>自定义提示词</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>应用于</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>整个图库</translation>
    </message>
    <message>
        <source>The folder chosen in the side bar</source>
        <translation>侧边栏中选中的文件夹</translation>
    </message>
    <message>
        <source>The photos now in the grid</source>
        <translation>当前网格中的照片</translation>
    </message>
    <message>
        <source>The selected photos</source>
        <translation>选中的照片</translation>
    </message>
    <message>
        <source>A label set needs a name.</source>
        <translation>标签集需要一个名称。</translation>
    </message>
    <message>
        <source>The threshold of “{0}” is not a number.</source>
        <translation>“{0}”的阈值不是数字。</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>已保存“{0}”。</translation>
    </message>
    <message>
        <source>Delete label set</source>
        <translation>删除标签集</translation>
    </message>
    <message>
        <source>Delete “{0}” with its labels, tags and your decisions about them?

The photos stay as they are.</source>
        <translation>删除“{0}”及其标签、已加的标签和您对它们的判断？

照片本身保持不变。</translation>
    </message>
    <message>
        <source>Tagging…</source>
        <translation>正在添加标签…</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n photo(s). </source>
        <translation>
            <numerusform>已为 %n 张照片添加标签。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not indexed yet)</source>
        <translation>
            <numerusform>（%n 张尚未索引）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This search did not work</source>
        <translation>此次搜索失败</translation>
    </message>
    <message>
        <source>Choose a folder with photos</source>
        <translation>选择包含照片的文件夹</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>移除文件夹</translation>
    </message>
    <message>
        <source>Remove “{0}” from the library?

Its photos leave photoclip&apos;s search; the files themselves stay where they are, untouched.</source>
        <translation>从图库中移除“{0}”？

其中的照片将不再出现在 photoclip 的搜索中；文件本身原封不动地留在原处。</translation>
    </message>
    <message>
        <source>the photos in “{0}”</source>
        <translation>“{0}”中照片</translation>
    </message>
    <message>
        <source>every photo in the library</source>
        <translation>图库中所有照片</translation>
    </message>
    <message>
        <source>Export tags</source>
        <translation>导出标签</translation>
    </message>
    <message>
        <source>Write the tags of {0} as keywords into XMP sidecar files beside them?

The photos themselves are not changed; a sidecar already there keeps everything else it holds.</source>
        <translation>将{0}的标签作为关键词写入照片旁的 XMP 附属文件？

照片本身不会改变；已有的附属文件会保留其中的其他内容。</translation>
    </message>
    <message numerus="yes">
        <source>Tags exported: %n sidecar(s) written</source>
        <translation>
            <numerusform>标签已导出：写入 %n 个附属文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already up to date</source>
        <translation>
            <numerusform>，%n 个已是最新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped (first: {0})</source>
        <translation>
            <numerusform>，跳过 %n 个（第一个：{0}）</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting tags did not work: {0}</source>
        <translation>导出标签失败：{0}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>photoclip speaks the new language from its next start. Restart now?</source>
        <translation>photoclip 将在下次启动时使用新语言。要立即重启吗？</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>photoclip cannot start</source>
        <translation>photoclip 无法启动</translation>
    </message>
    <message>
        <source>photoclip</source>
        <translation>photoclip</translation>
    </message>
    <message>
        <source>photoclip cannot open its library.</source>
        <translation>photoclip 无法打开其图库。</translation>
    </message>
</context>
<context>
    <name>ModelSetupDialog</name>
    <message>
        <source>Setting up the model</source>
        <translation>设置模型</translation>
    </message>
    <message>
        <source>Choose a local checkpoint file…</source>
        <translation>选择本地检查点文件…</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Choose the model&apos;s checkpoint file</source>
        <translation>选择模型的检查点文件</translation>
    </message>
    <message>
        <source>Model checkpoints (*.safetensors *.bin *.pt *.pth);;All files (*)</source>
        <translation>模型检查点 (*.safetensors *.bin *.pt *.pth);;所有文件 (*)</translation>
    </message>
    <message>
        <source>about {0} MB</source>
        <translation>约 {0} MB</translation>
    </message>
    <message>
        <source>its weights</source>
        <translation>其权重</translation>
    </message>
    <message>
        <source>photoclip speaks your language, but this model understands searches in English only. The multilingual model {0} understands yours too: about {1} MB to download once, and indexing is a little slower.</source>
        <translation>photoclip 已使用您的语言，但此模型只能理解英文搜索。多语言模型 {0} 也能理解您的语言：只需下载一次，约 {1} MB，索引会稍慢一些。</translation>
    </message>
    <message>
        <source>Use the multilingual model</source>
        <translation>使用多语言模型</translation>
    </message>
    <message>
        <source>Downloading the model</source>
        <translation>正在下载模型</translation>
    </message>
    <message>
        <source>photoclip needs the model {0} ({1}) to understand your photos. It is downloaded once from Hugging Face and then works offline; your photos never leave this computer.</source>
        <translation>photoclip 需要模型 {0}（{1}）来理解您的照片。它只需从 Hugging Face 下载一次，之后即可离线使用；您的照片绝不会离开这台电脑。</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>This takes a few seconds.</source>
        <translation>这需要几秒钟。</translation>
    </message>
    <message>
        <source>The model is not downloaded yet</source>
        <translation>模型尚未下载</translation>
    </message>
    <message>
        <source>photoclip needs the model {0} ({1}).</source>
        <translation>photoclip 需要模型 {0}（{1}）。</translation>
    </message>
    <message>
        <source>The model is not available</source>
        <translation>模型不可用</translation>
    </message>
    <message>
        <source>“Choose a local checkpoint file…” below</source>
        <translation>下方的“选择本地检查点文件…”</translation>
    </message>
    <message>
        <source>choose it with {0}</source>
        <translation>请通过{0}选择</translation>
    </message>
    <message>
        <source>Your photos are indexed, and become searchable, as soon as the model is set up.</source>
        <translation>模型设置完成后，您的照片就会被索引并可供搜索。</translation>
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
        <translation>查看</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>查找相似照片</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n path(s)</source>
        <translation>
            <numerusform>复制 %n 个路径</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoTagsPanel</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Tags of this photo</source>
        <translation>此照片的标签</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>This photo has this tag</source>
        <translation>此照片有这个标签</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>This photo does not have this tag</source>
        <translation>此照片没有这个标签</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Forget your decision; the machine&apos;s suggestion counts again</source>
        <translation>忘掉您的判断；重新采用机器的建议</translation>
    </message>
    <message>
        <source>Tag to add</source>
        <translation>要添加的标签</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>PhotoTextPanel</name>
    <message>
        <source>Text in this photo</source>
        <translation>此照片中的文字</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>尚未读取。</translation>
    </message>
    <message>
        <source>Reading text in photos is off (Settings).</source>
        <translation>读取照片中的文字功能已关闭（见设置）。</translation>
    </message>
    <message>
        <source>No text found.</source>
        <translation>未找到文字。</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>ScriptHintBar</name>
    <message>
        <source>This search is written in a script the current model cannot read (it learned English only), so its picture matches mean little.</source>
        <translation>此搜索使用的文字当前模型无法识别（它只学过英文），因此按画面匹配的结果意义不大。</translation>
    </message>
    <message>
        <source>Use the multilingual model (about {0} MB)</source>
        <translation>使用多语言模型（约 {0} MB）</translation>
    </message>
    <message>
        <source>Use the multilingual model</source>
        <translation>使用多语言模型</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Describe a photo — “kids on a beach at sunset” (Ctrl+F)</source>
        <translation>描述一张照片 — “夕阳下海滩上的孩子们”（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search photos</source>
        <translation>搜索照片</translation>
    </message>
    <message>
        <source>Searching for photos like this one; click to stop</source>
        <translation>正在搜索与此相似的照片；点击停止</translation>
    </message>
    <message>
        <source>Date filter</source>
        <translation>按日期筛选</translation>
    </message>
    <message>
        <source>From (taken on or after)</source>
        <translation>从（当天或之后拍摄）</translation>
    </message>
    <message>
        <source>To (taken on or before)</source>
        <translation>到（当天或之前拍摄）</translation>
    </message>
    <message>
        <source>Find duplicates (Ctrl+Shift+D)</source>
        <translation>查找重复照片（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复照片</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Like: {0}</source>
        <translation>相似：{0}</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自定义范围…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>  (multilingual)</source>
        <translation>  （多语言）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>downloaded automatically</source>
        <translation>自动下载</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Weights file</source>
        <translation>权重文件</translation>
    </message>
    <message>
        <source>Automatic (GPU when there is one)</source>
        <translation>自动（有 GPU 时使用 GPU）</translation>
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
        <translation>模型运行于</translation>
    </message>
    <message>
        <source> of {0}</source>
        <translation> / {0}</translation>
    </message>
    <message>
        <source>Fewer threads keep the computer responsive while indexing; more finish sooner.</source>
        <translation>线程较少时，索引期间电脑更流畅；线程较多时，完成得更快。</translation>
    </message>
    <message>
        <source>CPU threads for indexing</source>
        <translation>索引使用的 CPU 线程</translation>
    </message>
    <message>
        <source>Read the text in photos (signs, receipts, screenshots)</source>
        <translation>读取照片中的文字（招牌、收据、截图）</translation>
    </message>
    <message>
        <source>Search then finds photos by the words written in them. It runs after indexing, at low priority, and can be paused.</source>
        <translation>开启后，搜索还能按照片中写的文字找到照片。它在索引之后以低优先级运行，并且可以暂停。</translation>
    </message>
    <message>
        <source>Text in photos</source>
        <translation>照片中的文字</translation>
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
        <translation>缩略图大小</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Takes effect when photoclip restarts</source>
        <translation>重启 photoclip 后生效</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A custom model</source>
        <translation>自定义模型</translation>
    </message>
    <message>
        <source>about {0} MB to download once</source>
        <translation>约 {0} MB，只需下载一次</translation>
    </message>
    <message>
        <source>Switching re-indexes every photo in the background; search keeps using the current model until that is done.</source>
        <translation>切换后会在后台重新索引所有照片；完成之前，搜索继续使用当前模型。</translation>
    </message>
    <message>
        <source>Choose the model&apos;s checkpoint file</source>
        <translation>选择模型的检查点文件</translation>
    </message>
    <message>
        <source>Model checkpoints (*.safetensors *.bin *.pt *.pth)</source>
        <translation>模型检查点 (*.safetensors *.bin *.pt *.pth)</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>LIBRARY</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>Add a photo folder…</source>
        <translation>添加照片文件夹…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>添加文件夹</translation>
    </message>
    <message>
        <source>Remove the selected folder from the library (files stay on disk)</source>
        <translation>从图库中移除选中的文件夹（文件仍保留在磁盘上）</translation>
    </message>
    <message>
        <source>Remove folder</source>
        <translation>移除文件夹</translation>
    </message>
</context>
<context>
    <name>SkippedDialog</name>
    <message>
        <source>Skipped files</source>
        <translation>已跳过的文件</translation>
    </message>
    <message>
        <source>These folders and files could not be read, so what is in them is not brought up to date: photos already in a folder that cannot be read are kept as they were. Files are tried again when they change or can be read again; nothing was touched.</source>
        <translation>这些文件夹和文件无法读取，因此其中的内容没有更新：无法读取的文件夹中已有的照片保持原样。文件在更改后或可以再次读取时会重试；没有改动任何内容。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>TAGS</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>Stop filtering by tag</source>
        <translation>停止按标签筛选</translation>
    </message>
    <message>
        <source>Scores…</source>
        <translation>分数…</translation>
    </message>
    <message>
        <source>A label&apos;s photos by score, with a threshold to try</source>
        <translation>按分数列出某个标签的照片，可试用不同阈值</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Create and edit label sets, and apply them (Ctrl+Shift+T)</source>
        <translation>创建、编辑并应用标签集（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the tags as keywords into XMP sidecar files that digiKam, Lightroom and others read; the photos themselves are not changed</source>
        <translation>将标签作为关键词写入 digiKam、Lightroom 等软件可读取的 XMP 附属文件；照片本身不会改变</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No label sets yet. “Edit…” creates one: your own words, such as beach, mountains, city.</source>
        <translation>还没有标签集。点击“编辑…”创建一个：用您自己的词语，如海滩、山脉、城市。</translation>
    </message>
    <message>
        <source>One label per photo</source>
        <translation>每张照片一个标签</translation>
    </message>
    <message>
        <source>Any number of labels</source>
        <translation>任意数量的标签</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) tagged “{0}”; click to show them</source>
        <translation>
            <numerusform>%n 张照片带有“{0}”标签；点击显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln best match(es)</source>
        <translation>
            <numerusform>%Ln 个最佳匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>in {0}</source>
        <translation>（位于 {0}）</translation>
    </message>
    <message>
        <source>searching with the previous model until the new one has seen every photo</source>
        <translation>新模型处理完所有照片之前，使用上一个模型搜索</translation>
    </message>
    <message>
        <source>found by names, folders, keywords and tags until the model is ready</source>
        <translation>模型就绪前，按名称、文件夹、关键词和标签查找</translation>
    </message>
    <message>
        <source>not understood as a filter, searched as words: {0}</source>
        <translation>无法识别为筛选条件，已按词语搜索：{0}</translation>
    </message>
    <message>
        <source>{0} only pushes results away: type something to look for too</source>
        <translation>{0} 只会排除结果：请同时输入要查找的内容</translation>
    </message>
    <message>
        <source>model on {0}</source>
        <translation>模型运行于 {0}</translation>
    </message>
    <message>
        <source>Searching needs the model</source>
        <translation>搜索需要模型</translation>
    </message>
    <message>
        <source>No photo&apos;s name, folder, keywords or tags match. To search by what photos show, set up the model with the button in the status bar.</source>
        <translation>没有照片的名称、文件夹、关键词或标签与之匹配。要按照片内容搜索，请通过状态栏中的按钮设置模型。</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Your search runs as soon as the model is ready.</source>
        <translation>模型就绪后立即执行您的搜索。</translation>
    </message>
    <message>
        <source>Add a folder to start</source>
        <translation>添加文件夹即可开始</translation>
    </message>
    <message>
        <source>Choose a folder with photos, or drop one on the window.</source>
        <translation>选择包含照片的文件夹，或将文件夹拖放到窗口中。</translation>
    </message>
    <message>
        <source>Looking for photos…</source>
        <translation>正在查找照片…</translation>
    </message>
    <message>
        <source>Photos appear here as they are indexed.</source>
        <translation>照片索引后会显示在这里。</translation>
    </message>
    <message>
        <source>No photos yet</source>
        <translation>还没有照片</translation>
    </message>
    <message>
        <source>No photos were found in your folders. New ones are picked up as they arrive.</source>
        <translation>您的文件夹中没有找到照片。新照片一出现就会被加入。</translation>
    </message>
    <message>
        <source>No good matches</source>
        <translation>没有很好的匹配</translation>
    </message>
    <message>
        <source>No photo stands out for this search. “Show weaker matches” above lists the closest ones anyway.</source>
        <translation>没有照片在此次搜索中脱颖而出。上方的“显示较弱的匹配”仍可列出最接近的照片。</translation>
    </message>
    <message>
        <source>Try other words, or another folder or date.</source>
        <translation>试试其他词语，或换个文件夹或日期。</translation>
    </message>
    <message>
        <source>No photos match</source>
        <translation>没有匹配的照片</translation>
    </message>
    <message>
        <source>place: {0}</source>
        <translation>地点：{0}</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>file or folder name</source>
        <translation>文件名或文件夹名</translation>
    </message>
    <message>
        <source>text in photo</source>
        <translation>照片中的文字</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>画面</translation>
    </message>
    <message>
        <source>Matched by: {0}</source>
        <translation>匹配依据：{0}</translation>
    </message>
    <message>
        <source>Indexing stopped; what was done is kept.</source>
        <translation>索引已停止；已完成的部分会保留。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s) indexed</source>
        <translation>
            <numerusform>已索引 %Ln 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <translation>
            <numerusform>已移动 %Ln 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>已移除 %Ln 张</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s) not found</source>
        <translation>
            <numerusform>找不到 %Ln 个文件夹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s) or file(s) cannot be read</source>
        <translation>
            <numerusform>%Ln 个文件夹或文件无法读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln XMP sidecar(s) back from the trash beside photos put back by hand</source>
        <translation>
            <numerusform>已从回收站取回 %Ln 个 XMP 附属文件，放在手动恢复的照片旁</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not come back from the trash</source>
        <translation>
            <numerusform>%Ln 个文件无法从回收站取回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new photo(s) listed; searching by what they show needs the model</source>
        <translation>
            <numerusform>已列出 %Ln 张新照片；按内容搜索需要模型</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>in {0} s</source>
        <translation>（用时 {0} 秒）</translation>
    </message>
    <message>
        <source>Downloading model…</source>
        <translation>正在下载模型…</translation>
    </message>
    <message>
        <source>Model not set up — fix…</source>
        <translation>模型未设置 — 去修复…</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Previous (Left arrow)</source>
        <translation>上一张（左方向键）</translation>
    </message>
    <message>
        <source>Next (Right arrow)</source>
        <translation>下一张（右方向键）</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <source>More like this</source>
        <translation>查找相似照片</translation>
    </message>
    <message>
        <source>Copy coordinates</source>
        <translation>复制坐标</translation>
    </message>
    <message>
        <source>Copy the latitude and longitude, e.g. to paste into a map</source>
        <translation>复制经纬度，例如用于粘贴到地图中</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>{0} (file date)</source>
        <translation>{0}（文件日期）</translation>
    </message>
    <message>
        <source>{0} × {1} px</source>
        <translation>{0} × {1} 像素</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{0}, with RAW {1}</source>
        <translation>{0}，附带 RAW {1}</translation>
    </message>
    <message>
        <source>This photo cannot be shown: {0}</source>
        <translation>无法显示此照片：{0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to photoclip</source>
        <translation>欢迎使用 photoclip</translation>
    </message>
    <message>
        <source>Find any photo by describing it — “birthday cake with candles”, “snowy mountain lake” — or by showing a similar one. photoclip looks at your photos on this computer; nothing is uploaded, and your folders are only read, never changed.</source>
        <translation>通过描述找到任何照片 — “插着蜡烛的生日蛋糕”“雪山湖泊” — 或者给出一张相似的照片。photoclip 在这台电脑上查看您的照片；不会上传任何内容，您的文件夹只会被读取，绝不会被更改。</translation>
    </message>
    <message>
        <source>Which folders hold your photos?</source>
        <translation>您的照片在哪些文件夹中？</translation>
    </message>
    <message>
        <source>Use {0}</source>
        <translation>使用 {0}</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>You can add more folders later, or drop a folder on the window. New photos in them are picked up while photoclip runs.</source>
        <translation>您以后可以添加更多文件夹，或将文件夹拖放到窗口中。photoclip 运行期间，这些文件夹中的新照片会被自动加入。</translation>
    </message>
</context>
</TS>
