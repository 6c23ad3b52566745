//! Integration tests: the extract pipeline end to end.
