"""``newsflow train|score|evaluate|label|rescore|retrain|review``: the topic classifier from the command
line."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from newsflow.cli import arguments


def register(sub: argparse._SubParsersAction) -> None:
    train = sub.add_parser("train", help="train a topic model from seed folders (+ unlabeled, + labels)")
    train.add_argument("--seeds", required=True, help="folder of <label>/*.txt seed texts")
    train.add_argument("--unlabeled", nargs="+", action="extend", default=[], metavar="FILE.jsonl",
                       help='unlabeled pool, lines {"id","text"} (repeatable)')
    train.add_argument("--labels", metavar="FILE.jsonl", help='analyst labels, lines {"text","label"}')
    train.add_argument("--out", required=True, help="where to save the model")
    train.add_argument("--activate", action="store_true",
                       help="with DATABASE_URL: make the registered model the active one")
    train.set_defaults(func=_train)

    score = sub.add_parser("score", help='score {"id","text"} lines; one JSON line per input on stdout')
    score.add_argument("--model", required=True, metavar="PATH",
                       help="a model file saved by `newsflow train`")
    score.add_argument("--input", required=True, metavar="FILE.jsonl", help='lines {"id", "text"} to score')
    score.set_defaults(func=_score)

    evaluate = sub.add_parser("evaluate", help="ROC-AUC, precision, recall, F1 on labelled lines")
    evaluate.add_argument("--model", required=True, metavar="PATH",
                          help="a model file saved by `newsflow train`")
    evaluate.add_argument("--input", required=True, metavar="FILE.jsonl",
                          help='lines {"text", "label"}; label is one of the model\'s labels or "none"')
    evaluate.set_defaults(func=_evaluate)

    label = sub.add_parser("label", help="record an analyst's judgement of an article")
    label.add_argument("article_id", type=int, help="articles.id of the article judged")
    label.add_argument("label", help="a seed label, or 'none'")
    label.add_argument("--by", default=None, help="who judged (default: the login name)")
    label.add_argument("--note", default=None, help="free text kept with the label")
    label.set_defaults(func=_label)

    rescore = sub.add_parser("rescore", help="score stored articles with the active (or given) model")
    rescore.add_argument("--model-id", type=int, default=None,
                         help="models.id to score with (default: the active model)")
    rescore.add_argument("--all", action="store_true", help="score every article again, not only new ones")
    rescore.set_defaults(func=_rescore)

    retrain = sub.add_parser("retrain", help="new model version from seeds + labels + stored articles")
    retrain.add_argument("--seeds", default=None, help="seed folder (default: NEWSFLOW_SEEDS_DIR)")
    retrain.set_defaults(func=_retrain)

    review = sub.add_parser(
        "review", help="the ids to label next, in review_queue's order",
        description="The ids an analyst should label next: the stored articles' review_queue (with "
                    "DATABASE_URL), or, given --model and --input, the same order for a file of articles.")
    review.add_argument("--model", metavar="PATH",
                        help="a model file saved by `newsflow train` (with --input)")
    review.add_argument("--input", metavar="FILE.jsonl",
                        help='lines {"id", "text"} (+ "title", "story_id"; a line with a "label" is done)')
    review.add_argument("--n", type=arguments.count, default=5, help="how many ids (default 5)")
    review.add_argument("--details", action="store_true",
                        help="from the database: id, score, threshold and title, tab-separated")
    review.set_defaults(func=_review)


def _usage(exc: Exception):
    from newsflow.cli import UsageError

    return UsageError(str(exc))


def _load_model(path: str):
    from classifier.model import TopicModel
    from classifier.model_file import ModelFileError

    try:
        return TopicModel.load(path)
    except (ModelFileError, FileNotFoundError):
        raise  # one line naming the file, exit 2 (newsflow.cli.failures)
    except (ValueError, OSError, KeyError) as exc:
        raise _usage(ValueError(f"{path}: cannot read model ({exc})")) from None


def _model_and_rows(model_path: str, input_path: str, fields: tuple[str, ...]):
    """The model and the JSON lines to run it on; a bad input file is a usage error."""
    from classifier.corpus import CorpusError, read_jsonl

    model = _load_model(model_path)
    try:
        return model, read_jsonl(input_path, fields)
    except CorpusError as exc:
        raise _usage(exc) from None


def _train(args: argparse.Namespace) -> int:
    from classifier.corpus import CorpusError, load_seeds, read_labels, read_unlabeled
    from classifier.retrain import train
    from core.settings import get_settings

    try:
        seeds = load_seeds(args.seeds)
        pool = [t for path in args.unlabeled for t in read_unlabeled(path)]
        labelled = read_labels(args.labels, seeds) if args.labels else []
    except CorpusError as exc:
        raise _usage(exc) from None
    model = train(seeds, unlabeled=pool, labelled=labelled)
    model.save(args.out)
    summary = (f"trained {', '.join(model.labels)} on {model.metrics['seeds']} seeds, {len(pool)} unlabeled, "
               f"{len(labelled)} labels in {model.metrics['train_seconds']:.1f}s; "
               f"threshold {model.threshold:.3f}; saved {args.out}")
    if get_settings().database_url:
        from classifier.registry import active_model_id, register

        model_id = register(get_settings().database_url, model, activate=args.activate)
        state = "active" if active_model_id(get_settings().database_url) == model_id else "inactive"
        summary += f"; registered as model {model_id} ({state})"
    print(summary)
    return 0


def _score(args: argparse.Namespace) -> int:
    from classifier.corpus import document_text

    model, rows = _model_and_rows(args.model, args.input, ("id", "text"))
    out = sys.stdout
    chunk = 20_000  # large batches: a big input is scored over all cores (forked workers)
    workers = os.cpu_count() or 1
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        scores = model.score([document_text(r) for r in part], workers=workers)
        for row, s in zip(part, scores, strict=True):
            out.write(json.dumps({"id": row["id"], "label": s.label, "score": round(s.score, 6),
                                  "relevant": s.relevant, "top_terms": s.top_terms}) + "\n")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from classifier.corpus import NONE_LABEL, document_text
    from classifier.evaluation import binary_metrics

    model, rows = _model_and_rows(args.model, args.input, ("text", "label"))
    if not rows:
        raise _usage(ValueError(f"{args.input}: no labelled items to evaluate on"))
    allowed = {*model.labels, NONE_LABEL}
    for lineno, row in enumerate(rows, start=1):
        if row["label"] not in allowed:
            raise _usage(ValueError(f"{args.input}: item {lineno}: label {row['label']!r} is neither one of "
                                    f"the model's labels ({', '.join(model.labels)}) nor '{NONE_LABEL}'"))
    m = binary_metrics(model, [(document_text(r), r["label"]) for r in rows])
    auc = "n/a" if m.get("roc_auc") is None else f"{m['roc_auc']:.4f}"
    print(f"items {m['n']} (positives {m['positives']}), threshold {m['threshold']:.4f}")
    print(f"roc_auc {auc}")
    print(f"precision {m['precision']:.4f}")
    print(f"recall {m['recall']:.4f}")
    print(f"f1 {m['f1']:.4f}")
    if "macro_f1" in m:
        print(f"macro_f1 {m['macro_f1']:.4f}")
    return 0


def _label(args: argparse.Namespace) -> int:
    from classifier.corpus import seed_labels
    from classifier.labels import LabelError, record_label
    from core.settings import get_settings
    from newsflow.database import resolve_database_url

    try:
        record_label(resolve_database_url(), args.article_id, args.label, by=args.by or getpass.getuser(),
                     note=args.note, seed_labels=seed_labels(get_settings().seeds_dir))
    except LabelError as exc:
        raise _usage(exc) from None
    print(f"article {args.article_id}: {args.label} (by {args.by or getpass.getuser()})")
    return 0


def _rescore(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from classifier.scoring import score_pending
    from newsflow.database import resolve_database_url

    with tqdm(unit=" articles", desc="scoring", file=sys.stderr, disable=None) as bar:
        n = score_pending(resolve_database_url(), model_id=args.model_id, rescore=args.all,
                          progress=bar.update)
    print(f"scored {n} article(s)")
    return 0


def _review(args: argparse.Namespace) -> int:
    from classifier.corpus import document_text
    from classifier.review import review_order

    if args.model is None and args.input is None:
        return _review_stored(args.n, args.details)
    if args.model is None or args.input is None:
        raise _usage(ValueError("review: --model and --input go together (neither: the stored articles' "
                                "review_queue)"))
    if args.details:
        raise _usage(ValueError("review: --details is for the stored articles (without --model/--input)"))
    model, rows = _model_and_rows(args.model, args.input, ("id", "text"))
    todo = [r for r in rows if not r.get("label")]
    scores = model.score([document_text(r) for r in todo])
    candidates = [(r["id"], r.get("story_id"), s.score) for r, s in zip(todo, scores, strict=True)]
    for article_id in review_order(candidates, model.threshold)[: max(0, args.n)]:
        print(article_id)
    return 0


def _review_stored(n: int, details: bool) -> int:
    """The head of the ``review_queue`` view: the same order as the workbench's review page."""
    from core.store.db import query
    from newsflow.database import resolve_database_url

    rows = query(resolve_database_url(),
                 "SELECT article_id, score, threshold, title FROM review_queue LIMIT %s", (max(0, n),))
    for article_id, score, threshold, title in rows:
        if details:
            figures = "\t".join("-" if x is None else f"{x:.3f}" for x in (score, threshold))
            print(f"{article_id}\t{figures}\t{' '.join((title or '').split())}")
        else:
            print(article_id)
    if not rows and n > 0:  # an empty answer alone reads like a command that did nothing
        print(f"newsflow review: {_why_queue_empty(resolve_database_url())}", file=sys.stderr)
    return 0


def _why_queue_empty(database_url: str) -> str:
    from classifier.threshold import MIN_POOL
    from core.store.db import query

    ((active, articles),) = query(database_url, "SELECT (SELECT count(*) FROM models WHERE active), "
                                                "(SELECT count(*) FROM articles)")
    if not active:
        return (f"the review queue is empty: no active model yet ({articles} stored article(s); the first "
                f"is trained once {MIN_POOL} are stored, by the pipeline or `newsflow retrain`)")
    return "the review queue is empty: no unlabelled article is scored by the active model"


def _retrain(args: argparse.Namespace) -> int:
    from classifier.corpus import CorpusError
    from classifier.retrain import retrain
    from core.settings import get_settings
    from newsflow.database import resolve_database_url

    try:
        result = retrain(resolve_database_url(), args.seeds or get_settings().seeds_dir)
    except CorpusError as exc:
        raise _usage(exc) from None
    if result.model_id is None:
        print(f"nothing trained: {result.skipped}")
        return 0
    print(f"model {result.model_id} {'activated' if result.activated else 'kept inactive'}; "
          f"labels {result.labels_used}; scored {result.scored}; metrics {json.dumps(result.metrics)}")
    return 0
