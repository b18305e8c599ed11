"""The learner's side of a text: what they know of it, joining the language core's words
with the statuses kept in the vocabulary store. No UI is imported here."""
