"""The RMA request: the model and its validation, the report text, the dealer path."""
