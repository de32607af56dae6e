"""Topic classifier: TF-IDF features, positive-unlabeled self-training from a few seeds, analyst labels.

Stage functions (see docs/architecture.md): ``model.TopicModel``, ``registry.register`` /
``registry.active_model``, ``scoring.score_pending``, ``retrain.retrain``.
"""
