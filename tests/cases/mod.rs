//! Extractor cases as data: every tests/cases/*.toml file, one driver.
