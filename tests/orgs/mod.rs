//! Integration tests: orgs.
