"""`photoclip search`: the command line of the shared search in `photoclip.core.find`.

Results go to stdout, one photo a line (score, why it matched, path), or as JSON; what the search did (the cut-off
and how it was judged, the model in use, how many weaker matches were left out) goes to stderr, so the output
stays easy to pipe.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from datetime import datetime
from pathlib import Path

from photoclip.core.pairs import companions
from photoclip.core.query_text import SORTS, Filters, QueryError, filter_from

DEFAULT_LIMIT = 20


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "search", parents=[common], help="search photos by text, image, words they carry, tags, folder, date",
        description="Find photos by a description, an image, or both; by the words they carry (file name, folder, "
                    "keywords, title, camera) and their tags; narrowed by filters, typed in the text or as options: "
                    "folder:NAME camera:NAME tag:LABEL (or tag:SET/LABEL) date:2023-06..2023-08 after:2023 "
                    "before:2023-06-01. Only the photos that stand out from the rest are listed; --all lists all.")
    p.add_argument("text", nargs="*", help="what to look for, e.g. \"a dog running on the beach\" or \"IMG_2041\"")
    p.add_argument("--image", action="append", default=[], type=Path, metavar="FILE",
                   help="find photos that look like this image (repeatable)")
    p.add_argument("--like", action="append", default=[], type=int, metavar="ID",
                   help="find photos that look like this library photo (its id, see --json)")
    p.add_argument("--not", dest="negative", action="append", default=[], metavar="TEXT",
                   help="push results away from this (repeatable)")
    g = p.add_argument_group("filters (narrow the photos before ranking; with no text, list them by date)")
    g.add_argument("--folder", metavar="DIR|NAME", help="a folder (and below), or words of a folder's name")
    g.add_argument("--camera", metavar="NAME", help="part of the camera's make or model, e.g. pixel")
    g.add_argument("--tag", action="append", default=[], metavar="LABEL",
                   help="photos with this tag; SET/LABEL names the label of one set (repeatable: all of them)")
    g.add_argument("--after", metavar="DATE", help="taken on or after: 2023, 2023-06 or 2023-06-14")
    g.add_argument("--before", metavar="DATE", help="taken before the start of this year, month or day")
    p.add_argument("--sort", choices=SORTS, default="relevance", help="relevance (default), newest or oldest first")
    p.add_argument("--all", action="store_true", help="also the weaker matches below the cut-off, ranked")
    p.add_argument("--limit", type=int, default=None, metavar="N",
                   help=f"number of results (default {DEFAULT_LIMIT}; with --all, up to 1000)")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def _filters(args: argparse.Namespace) -> Filters:
    f = Filters()
    if args.folder:
        folder = Path(args.folder).expanduser()
        f = f.merged(Filters(folder=str(folder.resolve()) if folder.is_dir() else args.folder))
    if args.camera:
        f = f.merged(Filters(camera=args.camera))
    for key in ("after", "before"):
        if getattr(args, key):
            f = f.merged(filter_from(key, getattr(args, key)))
    return f.merged(Filters(tag=tuple(args.tag)))


def _date(taken_at: str | None, mtime_ns: int) -> str:
    """When the photo was taken, else the file's date (what the date filters and sort use), to the minute."""
    when = datetime.fromisoformat(taken_at) if taken_at else datetime.fromtimestamp(mtime_ns / 1e9)
    return when.isoformat(sep=" ", timespec="minutes")


def cmd_search(args: argparse.Namespace) -> int:
    from photoclip.cli import CliError, _engine
    from photoclip.core.find import SEARCH_LIMIT, SearchRequest
    from photoclip.core.models import ModelUnavailableError
    from photoclip.core.search import SearchError

    try:
        filters = _filters(args)
    except QueryError as e:
        raise CliError(str(e)) from e
    text = " ".join(args.text)
    if not (text.strip() or args.image or args.like or filters.active):
        raise CliError("say what to look for: some text, --image FILE, --like ID, or a filter such as --folder")
    if args.limit is not None and args.limit < 1:
        raise CliError("--limit must be at least 1")
    limit = args.limit or (SEARCH_LIMIT if args.all else DEFAULT_LIMIT)
    engine = _engine(args)
    if engine.library.count_photos()["ok"] == 0:
        raise CliError("the library has no indexed photos yet: run `photoclip index FOLDER` first")
    request = SearchRequest(text, tuple(str(p) for p in args.image), tuple(args.like), tuple(args.negative),
                            filters, args.sort, args.all, limit)
    try:
        r = engine.find(request)
    except SearchError as e:
        raise CliError(str(e)) from e
    except ModelUnavailableError as e:
        if args.image or args.like:
            raise
        # Photos are listed and carry their words before any model is there: those still answer.
        r = engine.find(request, words_only=True)
        print(f"Note: searching by words only (names, folders, keywords, tags): {str(e).splitlines()[0]}",
              file=sys.stderr)
    records = engine.library.photos(r.ids.tolist())
    # The RAW of a RAW + JPEG pair is the same shot: named beside its JPEG rather than listed again.
    shots = companions(engine.library, r.ids.tolist())
    raw_ids = {pid: shots[pid].raws for pid in r.ids.tolist() if pid in shots and shots[pid].shown == pid}
    raw_paths = {pid: rec.path for pid, rec in engine.library.photos([x for v in raw_ids.values() for x in v]).items()}
    rows = []
    for i, pid in enumerate(r.ids.tolist()):
        score = None if r.scores is None or math.isnan(r.scores[i]) else float(r.scores[i])
        rows.append({"id": pid, "path": records[pid].path, "score": None if score is None else round(score, 4),
                     "why": r.why(i), "date": _date(records[pid].taken_at, records[pid].mtime_ns),
                     "raw": [raw_paths[x] for x in raw_ids.get(pid, ()) if x in raw_paths],
                     "text_words": list(r.text_words.get(pid, ()))})
    if args.json:
        cut = r.cutoff
        print(json.dumps({
            "note": r.note, "sort": args.sort, "matches": r.matches, "weaker": r.weaker,
            "cutoff": None if cut is None else {"threshold": cut.threshold if cut.judged else None,
                                                "median": cut.median, "spread": cut.spread, "z": cut.z,
                                                "explanation": cut.explain()},
            "results": rows}, ensure_ascii=False, indent=1))
        return 0
    if r.note:
        print(f"Note: {r.note}", file=sys.stderr)
    if r.cutoff is not None:
        print(("Ranked without a cut-off (--all); " if args.all else "") + r.cutoff.explain().capitalize(),
              file=sys.stderr)
    if not rows:
        if r.is_search and r.weaker:
            print(f"No good matches. {r.weaker} weaker one(s) below the cut-off: add --all to list them.")
        else:
            print("No photos found.")
        return 0
    for row in rows:
        score = f"{row['score']:6.3f}" if row["score"] is not None else "     -"
        why = ",".join(row["why"])
        raws = f"  (+ RAW {', '.join(os.path.basename(x) for x in row['raw'])})" if row["raw"] else ""
        written = f"  (text: {' '.join(row['text_words'])})" if row["text_words"] else ""
        print(f"{score}  {why:<15}  {row['path']}{raws}{written}" if r.is_search
              else f"{row['date']}  {row['path']}{raws}")
    more = r.matches - len(rows)
    if more > 0:
        print(f"… and {more} more (--limit N shows more)", file=sys.stderr)
    if r.weaker and not args.all:
        print(f"{r.weaker} weaker match(es) below the cut-off left out (--all lists them)", file=sys.stderr)
    return 0
