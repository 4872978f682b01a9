"""The coach's learned model: a small sentence encoder fine-tuned on the corpus.

MiniLM-L6 (all-MiniLM-L6-v2, Apache-2.0), fine-tuned on the project's own
labelled corpus to give a probability for each of the thirteen labels, then
exported to ONNX with int8 weights (about 17 MB, in ``model/``). It runs on
one CPU thread with onnxruntime; nothing is downloaded at run time. How it
was trained, and what it scores, is in ``model/MODEL.md``;
``scripts/train_coach_model.py`` rebuilds it.

The rules stay: they find spans and carry the hard negatives, and on every
blind set the model and rules together beat either alone (README, round 7).
"""

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

import numpy as np
import onnxruntime
from tokenizers import Tokenizer

from harbour.coach.labels import ELEMENTS, FLAGS

MODEL_DIR: Final = Path(__file__).resolve().parent / "model"
WEIGHTS: Final = MODEL_DIR / "pace-minilm.int8.onnx"
TOKENIZER: Final = MODEL_DIR / "tokenizer.json"
LABELS: Final = (*ELEMENTS, *FLAGS)
MAX_TOKENS: Final = 128
# Texts remembered with their probabilities: the suggestion library is checked
# over and over, and a primed file is run once and then read back one by one.
MEMORY: Final = 8192

_SENTENCE: Final = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


@dataclass(frozen=True, slots=True)
class Runtime:
    session: onnxruntime.InferenceSession
    tokenizer: Tokenizer


@cache
def runtime() -> Runtime:
    options = onnxruntime.SessionOptions()
    # One thread: the web server runs several workers, and the brief's
    # throughput target is per core.
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    session = onnxruntime.InferenceSession(
        str(WEIGHTS), options, providers=["CPUExecutionProvider"]
    )
    tokenizer = Tokenizer.from_file(str(TOKENIZER))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.no_padding()
    return Runtime(session=session, tokenizer=tokenizer)


def _run(text: str) -> dict[str, float]:
    """One text through the model, alone (see ``prime`` for why never batched)."""
    rt = runtime()
    ids = np.array([rt.tokenizer.encode(text).ids], dtype=np.int64)
    (probabilities,) = rt.session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})
    return {label: round(float(p), 4) for label, p in zip(LABELS, probabilities[0], strict=True)}


_memory: OrderedDict[str, dict[str, float]] = OrderedDict()
_memory_lock = threading.Lock()


def _remember(text: str, probabilities: dict[str, float]) -> None:
    with _memory_lock:
        _memory[text] = probabilities
        _memory.move_to_end(text)
        while len(_memory) > MEMORY:
            _memory.popitem(last=False)


def _recall(text: str) -> dict[str, float] | None:
    with _memory_lock:
        found = _memory.get(text)
        if found is not None:
            _memory.move_to_end(text)
        return found


def clear_cache() -> None:
    """Forget remembered texts (the benchmark times every sentence afresh)."""
    with _memory_lock:
        _memory.clear()


def probabilities(text: str) -> dict[str, float]:
    """The model's probability for each label, for the whole utterance."""
    found = _recall(text)
    if found is None:
        found = _run(text)
        _remember(text, found)
    return dict(found)


def prime(texts: Iterable[str]) -> None:
    """Run the model over many texts ahead of the calls to ``probabilities``
    that follow, so that those are answered from memory.

    Each text runs on its own. Batching was about 1.4 times faster, but the
    int8 model quantises its activations with one scale for the whole batch,
    so a text's probabilities moved (by up to 0.3) with the texts batched
    beside it; a sentence must get the same answer wherever it is checked.
    """
    for text in dict.fromkeys(texts):
        if text.strip():
            probabilities(text)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding spaces."""
    spans = []
    for match in _SENTENCE.finditer(text):
        start, end = match.start(), match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def strongest_sentence(text: str, label: str) -> tuple[int, int]:
    """The sentence that most carries ``label``: where a flag the rules did
    not find is shown. The whole text when it is one sentence."""
    spans = sentences(text)
    if len(spans) <= 1:
        return spans[0] if spans else (0, len(text))
    parts = [text[start:end] for start, end in spans]
    prime(parts)
    scores = [probabilities(part)[label] for part in parts]
    return spans[max(range(len(spans)), key=scores.__getitem__)]
