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

from photoclip.cli_args import MAX_ID, int_between, path_arg, photo_id, shown, text_arg
from photoclip.core.pairs import companions
from photoclip.core.query_text import SORTS, Filters, QueryError, filter_from, parse_query

DEFAULT_LIMIT = 20


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "search", parents=[common], help="search photos by text, image, words they carry, tags, folder, date",
        description="Find photos by a description, an image, or both; by the words they carry (file name, folder, "
                    "keywords, title, camera), where they were taken and their tags; narrowed by filters, typed in "
                    "the text or as options: "
                    "folder:NAME camera:NAME tag:LABEL (or tag:SET/LABEL) place:NAME date:2023-06..2023-08 after:2023 "
                    "before:2023-06-01. Only the photos that stand out from the rest are listed; --all lists all.")
    p.add_argument("text", nargs="*", help="what to look for, e.g. \"a dog running on the beach\" or \"IMG_2041\"")
    p.add_argument("--image", action="append", default=[], type=path_arg, metavar="FILE",
                   help="find photos that look like this image (repeatable)")
    p.add_argument("--like", action="append", default=[], type=photo_id, metavar="ID",
                   help="find photos that look like this library photo (its id, see --json)")
    p.add_argument("--not", dest="negative", action="append", default=[], metavar="TEXT",
                   help="push results away from this (repeatable)")
    g = p.add_argument_group("filters (narrow the photos before ranking; with no text, list them by date)")
    g.add_argument("--folder", type=text_arg, metavar="DIR|NAME",
                   help="a folder (and below), or words of a folder's name")
    g.add_argument("--camera", metavar="NAME", help="part of the camera's make or model, e.g. pixel")
    g.add_argument("--tag", action="append", default=[], metavar="LABEL",
                   help="photos with this tag; SET/LABEL names the label of one set (repeatable: all of them)")
    g.add_argument("--place", metavar="NAME",
                   help="taken at this place, region or country, named in any language, e.g. lisbon or リスボン")
    g.add_argument("--after", metavar="DATE", help="taken on or after: 2023, 2023-06 or 2023-06-14")
    g.add_argument("--before", metavar="DATE", help="taken before the start of this year, month or day")
    p.add_argument("--sort", choices=SORTS, default="relevance", help="relevance (default), newest or oldest first")
    p.add_argument("--all", action="store_true", help="also the weaker matches below the cut-off, ranked")
    p.add_argument("--limit", type=int_between(1, MAX_ID), default=None, metavar="N",
                   help=f"number of results (default {DEFAULT_LIMIT}; with --all, up to 1000)")
    p.add_argument("--json", action="store_true", help="machine-readable output")


def negatives_as_options(argv: list[str], search: argparse.ArgumentParser) -> list[str]:
    """``photoclip search mountains -snow`` as the README writes it: argparse would take ``-snow`` for an unknown
    option, so each ``-word`` that is no option of ``search`` (nor an option's value) becomes ``--not=word``.

    ``argv`` starts after the command name. A negative number ("-5") is left to argparse, which reads it as a
    value; so is a quoted query with spaces ("-snow -rain"), which argparse takes as text, as everything after
    ``--``: its ``-words`` are the typed query's negatives.
    """
    options = search._option_string_actions  # every option string of `search` and the options it shares
    out: list[str] = []
    takes_value = False
    for i, token in enumerate(argv):
        if token == "--":
            return out + argv[i:]
        if (not takes_value and token.startswith("-") and not token.startswith("--") and len(token) > 1
                and not token[1].isdigit() and " " not in token and token not in options):
            out.append(f"--not={token[1:]}")
            continue
        out.append(token)
        action = options.get(token.split("=", 1)[0]) if token.startswith("-") else None
        takes_value = action is not None and action.nargs != 0 and "=" not in token
    return out


def _filters(args: argparse.Namespace) -> Filters:
    f = Filters()
    if args.folder:
        folder = Path(args.folder).expanduser()
        f = f.merged(Filters(folder=str(folder.resolve()) if folder.is_dir() else args.folder))
    if args.camera:
        f = f.merged(Filters(camera=args.camera))
    if args.place:
        f = f.merged(Filters(place=args.place))
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
    from photoclip.core.scripts import script_hint
    from photoclip.core.search import SearchError

    try:
        filters = _filters(args)
    except QueryError as e:
        raise CliError(str(e)) from e
    text = " ".join(args.text)
    parsed = parse_query(text)
    if (parsed.negatives or args.negative) and not (parsed.text.strip() or args.image or args.like):
        # `-snow` and `--not snow` alone are the same request: nothing to rank, so nothing to push away from.
        away = ", ".join([*parsed.negatives, *args.negative])
        raise CliError(f"-WORD and --not only push results away (from: {away}); say what to look for too, "
                       "e.g. `photoclip search mountains -snow`")
    if not (text.strip() or args.image or args.like or filters.active):
        raise CliError("say what to look for: some text, --image FILE, --like ID, or a filter such as --folder")
    for token, why in parsed.not_understood:
        print(f"photoclip: {token} is not understood as a filter ({why}); it was searched as words",
              file=sys.stderr)
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
    if text.strip() and (hint := script_hint(text, engine.active.name)) is not None:
        print(hint.message(), file=sys.stderr)  # a script the model cannot read: its ranking would be noise
    records = engine.library.photos(r.ids.tolist())
    # The RAW of a RAW + JPEG pair is the same shot: named beside its JPEG rather than listed again.
    shots = companions(engine.library, r.ids.tolist())
    raw_ids = {pid: shots[pid].raws for pid in r.ids.tolist() if pid in shots and shots[pid].shown == pid}
    raw_paths = {pid: rec.path for pid, rec in engine.library.photos([x for v in raw_ids.values() for x in v]).items()}
    rows = []
    places = engine.places.of_photos(r.ids.tolist())
    for i, pid in enumerate(r.ids.tolist()):
        score = None if r.scores is None or math.isnan(r.scores[i]) else float(r.scores[i])
        where = places.get(pid)
        rows.append({"id": pid, "path": records[pid].path, "score": None if score is None else round(score, 4),
                     "why": r.why(i), "date": _date(records[pid].taken_at, records[pid].mtime_ns),
                     "raw": [raw_paths[x] for x in raw_ids.get(pid, ()) if x in raw_paths],
                     "place": where.label if where else None, "position": [where.lat, where.lon] if where else None,
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
        raws = f"  (+ RAW {', '.join(shown(os.path.basename(x)) for x in row['raw'])})" if row["raw"] else ""
        # A photo found by the name of its place says which place: the file name alone would not tell.
        raws += f"  (place: {row['place']})" if "place" in row["why"] and row["place"] else ""
        raws += f"  (text: {' '.join(shown(w) for w in row['text_words'])})" if row["text_words"] else ""
        path = shown(row["path"])
        print(f"{score}  {why:<15}  {path}{raws}" if r.is_search else f"{row['date']}  {path}{raws}")
    more = r.matches - len(rows)
    if more > 0:
        print(f"… and {more} more (--limit N shows more)", file=sys.stderr)
    if r.weaker and not args.all:
        print(f"{r.weaker} weaker match(es) below the cut-off left out (--all lists them)", file=sys.stderr)
    return 0
