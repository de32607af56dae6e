"""A ``TopicModel``'s state in its model file: the metadata and arrays ``to_bytes`` writes, and the
model rebuilt from them (``from_bytes``). The archive itself (format tag, refusing foreign or damaged
bytes, files) is ``model_file.py``'s.
"""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from classifier.features import FeatureParams, Featurizer

if TYPE_CHECKING:
    from collections.abc import Mapping

    from classifier.model import TopicModel


def contents(model: TopicModel) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """``(meta, arrays)``: what the fitted ``model`` keeps in its file."""
    assert model.featurizer is not None and model.coef is not None
    fstate = model.featurizer.state()
    meta = {
        "labels": model.labels,
        "has_none": model.has_none,
        "threshold": float(model.threshold),
        "seeds_hash": model.seeds_hash,
        "metrics": model.metrics,
        "params": asdict(model.params),
        "feature_params": fstate["params"],
        **({"gate_cut": model.gate[1]} if model.gate is not None else {}),
    }
    arrays = {"terms": np.asarray(fstate["terms"], dtype=str), "idf": fstate["idf"],
              "coef": model.coef, "intercept": model.intercept,
              **({"gate_parts": model.gate[0]} if model.gate is not None else {})}
    return meta, arrays


def restore(model_class: type[TopicModel], meta: dict[str, Any], arrays: Mapping[str, np.ndarray]
            ) -> TopicModel:
    """The model of class ``model_class`` that ``meta`` and ``arrays`` (``contents``) describe."""
    params = dict(meta["params"])
    params["features"] = FeatureParams(**params["features"])
    model = model_class()
    model.params = replace(model.params, **params)  # every field stored: the saved parameters
    model.labels = list(meta["labels"])
    model.has_none = bool(meta["has_none"])
    model.threshold = float(meta["threshold"])
    model.seeds_hash = meta["seeds_hash"]
    model.metrics = meta["metrics"]
    model.featurizer = Featurizer.from_state(meta["feature_params"], arrays["terms"], arrays["idf"])
    model.coef = arrays["coef"]
    model.intercept = arrays["intercept"]
    if "gate_parts" in arrays:
        model.gate = (np.asarray(arrays["gate_parts"]), float(meta["gate_cut"]))
    return model
