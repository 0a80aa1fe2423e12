"""The library's schema, as the steps that built it: each step upgrades a library from version i to i + 1.

`Library` opens a database, reads its ``PRAGMA user_version`` and runs the steps it has not had yet, in one
transaction. A released step is never edited: a change to the schema is a new step appended at the end.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE folders (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        path TEXT NOT NULL UNIQUE,
        added_at REAL NOT NULL
    );
    CREATE TABLE photos (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
        path TEXT NOT NULL UNIQUE,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        content_hash TEXT,
        width INTEGER,
        height INTEGER,
        format TEXT,
        orientation INTEGER,
        taken_at TEXT,
        camera_make TEXT,
        camera_model TEXT,
        status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
        error TEXT,
        indexed_at REAL NOT NULL
    );
    CREATE INDEX photos_folder ON photos(folder_id);
    CREATE INDEX photos_hash ON photos(content_hash);
    CREATE TABLE embeddings (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        vector BLOB NOT NULL,
        UNIQUE (photo_id, model)
    );
    CREATE INDEX embeddings_model ON embeddings(model, seq);
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 2: duplicates. phash is the photo's 64-bit perceptual hash as 16 hex digits (NULL until computed: photos
    # indexed before this step get theirs on the first duplicates run). Decisions outlive the photos they name,
    # so they keep paths rather than foreign keys; dismissed pairs ("not duplicates") go with their photos.
    """
    ALTER TABLE photos ADD COLUMN phash TEXT;
    CREATE INDEX photos_phash ON photos(phash);
    CREATE TABLE duplicate_decisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        decided_at REAL NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('trash', 'move', 'not_duplicates')),
        strength TEXT NOT NULL,
        photo_id INTEGER NOT NULL,
        path TEXT NOT NULL,
        size INTEGER,
        content_hash TEXT,
        destination TEXT,
        keeper_id INTEGER,
        keeper_path TEXT
    );
    CREATE TABLE duplicate_dismissals (
        photo_a INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
        photo_b INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
        dismissed_at REAL NOT NULL,
        PRIMARY KEY (photo_a, photo_b),
        CHECK (photo_a < photo_b)
    ) WITHOUT ROWID;
    CREATE INDEX duplicate_dismissals_b ON duplicate_dismissals(photo_b);
    """,
    # 3: tagging. A label set is the user's vocabulary; each label may carry its own prompts (JSON lists).
    # The machine's scores and the user's decisions live in separate tables, so re-tagging rewrites scores and
    # never a decision. Moves keep the photo id, so tags follow a moved file. `photo_tags` is the one answer
    # to "which tags does this photo have": the user's yes, or the machine's pick unless the user said no.
    """
    CREATE TABLE label_sets (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        choice TEXT NOT NULL DEFAULT 'single' CHECK (choice IN ('single', 'multi')),
        templates TEXT,
        threshold REAL,
        apply_to_new INTEGER NOT NULL DEFAULT 0,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE TABLE labels (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        set_id INTEGER NOT NULL REFERENCES label_sets(id) ON DELETE CASCADE,
        name TEXT NOT NULL COLLATE NOCASE,
        prompts TEXT,
        threshold REAL,
        position INTEGER NOT NULL DEFAULT 0,
        UNIQUE (set_id, name)
    );
    CREATE TABLE tag_scores (
        photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
        label_id INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
        model TEXT NOT NULL,
        score REAL NOT NULL,
        suggested INTEGER NOT NULL CHECK (suggested IN (0, 1)),
        scored_at REAL NOT NULL,
        PRIMARY KEY (photo_id, label_id)
    ) WITHOUT ROWID;
    CREATE INDEX tag_scores_label ON tag_scores(label_id, score);
    CREATE TABLE tag_decisions (
        photo_id INTEGER NOT NULL REFERENCES photos(id) ON DELETE CASCADE,
        label_id INTEGER NOT NULL REFERENCES labels(id) ON DELETE CASCADE,
        accepted INTEGER NOT NULL CHECK (accepted IN (0, 1)),
        decided_at REAL NOT NULL,
        PRIMARY KEY (photo_id, label_id)
    ) WITHOUT ROWID;
    CREATE INDEX tag_decisions_label ON tag_decisions(label_id);
    CREATE VIEW photo_tags AS
        SELECT t.photo_id, t.label_id, s.id AS set_id, s.name AS set_name, l.name AS label, t.score, t.source
        FROM (
            SELECT photo_id, label_id, score, 'machine' AS source FROM tag_scores AS sc
            WHERE suggested = 1 AND NOT EXISTS (
                SELECT 1 FROM tag_decisions AS d WHERE d.photo_id = sc.photo_id AND d.label_id = sc.label_id)
            UNION ALL
            SELECT d.photo_id, d.label_id, sc.score, 'user' AS source
            FROM tag_decisions AS d LEFT JOIN tag_scores AS sc USING (photo_id, label_id)
            WHERE d.accepted = 1
        ) AS t
        JOIN labels AS l ON l.id = t.label_id
        JOIN label_sets AS s ON s.id = l.set_id;
    """,
    # 4: RAW + JPEG pairs (see pairs.py) are found by folder and base name regardless of case: a case-insensitive
    # index on the path serves that range query for a page of search results without a pass over the library.
    """
    CREATE INDEX photos_path_nocase ON photos(path COLLATE NOCASE);
    """,
    # 5: text vectors of label prompts, per model. Tagging a batch of new photos (or a whole library from the
    # command line) then needs no text encoding and often no model at all; a cache, safe to empty.
    """
    CREATE TABLE text_vectors (
        model TEXT NOT NULL,
        text TEXT NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (model, text)
    ) WITHOUT ROWID;
    """,
    # 6: words photos carry, for search (see word_index.py). `photo_words` records which path and sidecars the
    # words were read from, so a rename or an edited sidecar is noticed; `words_fts` is the FTS5 index (rowid =
    # photo id). Deleting a photo deletes its words through the cascade and the trigger.
    """
    CREATE TABLE photo_words (
        photo_id INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        sidecars TEXT NOT NULL,
        read_at REAL NOT NULL
    );
    CREATE VIRTUAL TABLE words_fts USING fts5(
        name, folder, title, description, keywords, camera,
        tokenize = 'porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER photo_words_gone AFTER DELETE ON photo_words BEGIN
        DELETE FROM words_fts WHERE rowid = old.photo_id;
    END;
    """,
    # 7: what the user decided about a photo outlives its row. When a photo leaves the library (deleted, its
    # folder forgotten, a drive that came back empty) its tag decisions and duplicate dismissals are kept under
    # its content hash; when the same bytes come back (restored from the trash, the folder added again, a move
    # seen in two runs), they return to it. JSON: {"tags": [[label_id, accepted, decided_at]...],
    # "not_duplicates": [content_hash...]}.
    """
    CREATE TABLE retired_photos (
        content_hash TEXT PRIMARY KEY,
        path TEXT NOT NULL,
        retired_at REAL NOT NULL,
        decisions TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 8: places (see places.py). The word index gains a `place` column (tokens naming the photo's place and
    # country): FTS5 tables cannot add a column, so it is rebuilt with the words it held, and no word search goes
    # blank while the places are read. `place_names` holds each token's names in every language the gazetteer
    # has, once per library (a city has up to ~200), with their own FTS5 index: a query word that names a place
    # is widened to that place's token (see word_index.py). `photo_places` holds each photo's position
    # and the place it got; a photo without a row has not been read for its position yet (the words catch-up
    # reads it: existing libraries gain places without re-embedding), one with NULL lat/lon has no position.
    """
    DROP TRIGGER photo_words_gone;
    CREATE VIRTUAL TABLE words_fts_8 USING fts5(
        name, folder, title, description, keywords, camera, place,
        tokenize = 'porter unicode61 remove_diacritics 2'
    );
    INSERT INTO words_fts_8(rowid, name, folder, title, description, keywords, camera, place)
        SELECT rowid, name, folder, title, description, keywords, camera, '' FROM words_fts;
    DROP TABLE words_fts;
    ALTER TABLE words_fts_8 RENAME TO words_fts;
    CREATE TRIGGER photo_words_gone AFTER DELETE ON photo_words BEGIN
        DELETE FROM words_fts WHERE rowid = old.photo_id;
    END;
    CREATE TABLE photo_places (
        photo_id INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
        lat REAL,
        lon REAL,
        place_id INTEGER,
        country_code TEXT,
        label TEXT,
        read_at REAL NOT NULL
    );
    CREATE INDEX photo_places_label ON photo_places(label);
    CREATE TABLE place_names (
        id INTEGER PRIMARY KEY,
        token TEXT NOT NULL UNIQUE,
        names TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE place_names_fts USING fts5(
        names, content = 'place_names', content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2'
    );
    """,
    # 9: duplicates that survive crops and can be undone. `photo_region_hashes`: pHashes of a photo's centre
    # regions (see phash.region_hashes), valid while its content hash is the one stored. `details` of a decision
    # (JSON): what moved from the copy to the keeper (tags, words) and what the keeper had before, so an undo can
    # put both back, and when it was undone.
    """
    CREATE TABLE photo_region_hashes (
        photo_id INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL,
        hashes TEXT NOT NULL
    );
    ALTER TABLE duplicate_decisions ADD COLUMN details TEXT;
    """,
    # 10: text read in photos (see text_pass.py, text_index.py). `photo_text` says, per photo, which content (hash)
    # was read and what was found ('' when the first look saw no text), so an edited photo is read again and a
    # pass resumes where it stopped; `text_fts` indexes the text folded for search (rowid = photo id; CJK runs as
    # overlapping pairs of characters, so any part of a word is found). Deleting a photo deletes its text.
    """
    CREATE TABLE photo_text (
        photo_id INTEGER PRIMARY KEY REFERENCES photos(id) ON DELETE CASCADE,
        content_hash TEXT NOT NULL,
        text TEXT NOT NULL,
        looked_only INTEGER NOT NULL CHECK (looked_only IN (0, 1)),
        error TEXT,
        read_at REAL NOT NULL
    );
    CREATE INDEX photo_text_hash ON photo_text(content_hash);
    CREATE VIRTUAL TABLE text_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
    CREATE TRIGGER photo_text_gone AFTER DELETE ON photo_text BEGIN
        DELETE FROM text_fts WHERE rowid = old.photo_id;
    END;
    """,
    # 11: words in every script (see text_folding.py). The word index stores words folded (Turkish İ/ı, accents,
    # full-width forms) and CJK runs as character pairs, and counts combining marks as letters: unicode61's default
    # cut Hindi words at every vowel sign. The table is rebuilt with those token characters; the words it held are
    # kept (English searches work on) and their `photo_words` path blanked, so the words catch-up reads every
    # photo's words again and stores them folded, without re-embedding. Place names are looked up with the same
    # folded words, so their index is folded too: it holds what `word_index.store` gives it (no longer a copy of
    # `place_names`), and both start empty, filled again as the catch-up stores each photo's place.
    """
    DROP TRIGGER photo_words_gone;
    CREATE VIRTUAL TABLE words_fts_11 USING fts5(
        name, folder, title, description, keywords, camera, place,
        tokenize = "porter unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
    );
    INSERT INTO words_fts_11(rowid, name, folder, title, description, keywords, camera, place)
        SELECT rowid, name, folder, title, description, keywords, camera, place FROM words_fts;
    DROP TABLE words_fts;
    ALTER TABLE words_fts_11 RENAME TO words_fts;
    CREATE TRIGGER photo_words_gone AFTER DELETE ON photo_words BEGIN
        DELETE FROM words_fts WHERE rowid = old.photo_id;
    END;
    UPDATE photo_words SET path = '';
    DROP TABLE place_names_fts;
    DELETE FROM place_names;
    CREATE VIRTUAL TABLE place_names_fts USING fts5(
        names, content = '',
        tokenize = "porter unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
    );
    """,
    # 12: the text read in photos split into words like the word index (step 11): counting combining marks as
    # letters, so a Hindi word is one token with its vowel signs, not cut at each of them (which let a search with
    # another vowel match, and a prefix match nothing past the first sign). The table holds the folded index form
    # (`text_folding.index_form`), so its rows are copied as they are and tokenised anew.
    """
    DROP TRIGGER photo_text_gone;
    CREATE VIRTUAL TABLE text_fts_12 USING fts5(
        text, tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
    );
    INSERT INTO text_fts_12(rowid, text) SELECT rowid, text FROM text_fts;
    DROP TABLE text_fts;
    ALTER TABLE text_fts_12 RENAME TO text_fts;
    CREATE TRIGGER photo_text_gone AFTER DELETE ON photo_text BEGIN
        DELETE FROM text_fts WHERE rowid = old.photo_id;
    END;
    """,
    # 13: the photos that could not be read, by themselves: counting usable photos (`Library.count_photos`, what a
    # search says the library holds) is then the table's count (kept by SQLite in its smallest index, ~2 ms at
    # 100,000 photos) less these few, instead of a pass over every row (~50 ms). Partial, so a query over the usable
    # photos never picks it.
    """
    CREATE INDEX IF NOT EXISTS photos_failed ON photos(id) WHERE status = 'failed';
    """,
    # 14: the duplicate decisions by keeper: storing a photo's words asks what merges gave it (`word_index.store`,
    # for every photo indexed), and undo and the XMP export ask too; without it, a pass over every decision each.
    """
    CREATE INDEX IF NOT EXISTS duplicate_decisions_keeper ON duplicate_decisions(keeper_id);
    """,
    # 15: lookups that read a whole table at 100,000 photos. The region hashes by content hash: a copy takes its
    # original's instead of being decoded (`phash.regions_by_content`, 900 content hashes a query, each a pass over
    # the table: ~30 ms, so O(photos^2) for a library hashed for the first time). The model's vectors by photo id:
    # the ids of a model's vectors (`Library.vector_ids`, when an index catches up with removed photos) and the
    # photos that have one (`Library.embedded_hashes`, at every index run) read each row beside its 2 KB vector
    # blob, ~0.1 s warm and ~1 s cold; an index of (model, seq, photo_id) answers them alone. It replaces
    # (model, seq), whose every query it serves as well.
    """
    CREATE INDEX IF NOT EXISTS photo_region_hashes_content ON photo_region_hashes(content_hash);
    CREATE INDEX IF NOT EXISTS embeddings_model_photo ON embeddings(model, seq, photo_id);
    DROP INDEX IF EXISTS embeddings_model;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def statements(script: str) -> Iterator[str]:
    """The statements of a migration script, one at a time (``execute`` takes one; ``executescript`` would
    commit the migration's transaction half-way)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip():
                yield pending
            pending = ""
    if pending.strip():
        yield pending
