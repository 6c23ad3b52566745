//! Organizations, people and events (issue 3).

use super::Document;
use crate::record::{DateMention, Event, OrganizationMention, Person};

/// Organizations, people and events of one document.
#[derive(Debug, Clone, Default)]
pub struct Entities {
    /// Organization mentions in text order.
    pub organizations: Vec<OrganizationMention>,
    /// People in order of first mention.
    pub people: Vec<Person>,
    /// Events in text order.
    pub events: Vec<Event>,
}

/// Finds organizations, people and events (not built yet: empty until issue 3 lands).
pub fn extract_entities(_doc: &Document, _dates: &[DateMention]) -> Entities {
    Entities::default()
}
