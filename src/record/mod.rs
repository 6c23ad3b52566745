//! The output record: one JSON object per article, as `../shared/RECORD.md` fixes it.
//!
//! Field names are a contract with downstream loaders. A renamed or removed field, or a
//! changed meaning, bumps [`SCHEMA_VERSION`]; new fields may be added.
//!
//! [`article_record`] builds a record from an [`InputArticle`](crate::input::InputArticle);
//! what it cannot do is a typed [`Warning`], whose text the record carries.

mod build;
mod warning;

pub use build::{article_record, parse_published};
pub use warning::{DateOrigin, Warning};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

mod organization;
pub use organization::{AdminLevel, OrganizationKind};

/// The version of the record format written in every record's `schema_version`.
pub const SCHEMA_VERSION: u32 = 1;

/// One article with everything extracted from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Record {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Stable id: the input's own id, else derived from its path or URL.
    pub id: String,
    /// Where the article came from.
    pub source: Source,
    /// The headline, normalized.
    pub title: Option<String>,
    /// Publication date: `YYYY-MM-DD`, or an RFC 3339 timestamp when the source gives a time.
    pub published: Option<String>,
    /// Author or byline as written.
    pub byline: Option<String>,
    /// The site's section the article is filed under ("Chứng khoán"), from the page
    /// (`article:section`, JSON-LD `articleSection`, breadcrumb), normalized; null when the page
    /// names none or the input is not HTML. An addition to RECORD.md (absent in older records).
    #[serde(default)]
    pub section: Option<String>,
    /// The page's canonical URL (`<link rel="canonical">`, else `og:url`), resolved against
    /// the page's URL; null when the page names none or the input is not HTML. An addition to
    /// RECORD.md (absent in older records).
    #[serde(default)]
    pub canonical_url: Option<String>,
    /// The normalized article text (headline as the first paragraph, then the body); every
    /// `start`/`end` indexes it in Unicode code points.
    pub text: String,
    /// Dates and periods, in text order.
    pub dates: Vec<DateMention>,
    /// Monetary amounts, in text order.
    pub money: Vec<MoneyMention>,
    /// Counts of members, workers and unions, in text order.
    pub member_counts: Vec<MemberCountMention>,
    /// Organization mentions, in text order.
    pub organizations: Vec<OrganizationMention>,
    /// People with their roles, in order of first mention.
    pub people: Vec<Person>,
    /// Events the article reports, in text order.
    pub events: Vec<Event>,
    /// What the pipeline could not do for this article.
    pub warnings: Vec<String>,
    /// Set when an earlier article of the run has the same or a nearly the same body (see
    /// [`crate::dedup`]); omitted otherwise. An addition to RECORD.md (absent in older records).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate: Option<Duplicate>,
}

/// The earlier article whose body a record's body repeats.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Duplicate {
    /// The id of the earlier article: for `exact`, the first of the run with the same
    /// normalized body; for `near`, the closest original (an article that is no copy).
    pub of: String,
    /// 1 − differing SimHash bits / 64: 1.0 for an exact copy, at least 0.922 for a near one.
    pub similarity: f64,
    /// `exact` (the same normalized body) or `near` (the same article lightly edited).
    pub kind: DuplicateKind,
}

/// How a record's body repeats an earlier one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DuplicateKind {
    /// The same normalized body (its words, in lower case, in order).
    Exact,
    /// A body whose SimHash is within 5 bits of the earlier one's.
    Near,
}

/// Where an article came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    /// `file`, `url` or `stdin`.
    pub kind: SourceKind,
    /// The file path, for files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The article's URL, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When a crawled page was fetched (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fetched_at: Option<String>,
    /// Hex sha256 of the raw input bytes.
    pub content_sha256: String,
}

/// The kind of an article's source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A file on disk (a `.txt`, `.html` or one line of a `.jsonl`).
    File,
    /// A fetched URL.
    Url,
    /// A line of JSONL read from standard input.
    Stdin,
}

/// Granularity of a date value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// `YYYY-MM-DD` or `--MM-DD`.
    Day,
    /// `YYYY-MM`.
    Month,
    /// `YYYY`.
    Year,
    /// `A/B`.
    Range,
}

/// Part of the day a date names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum TimeOfDay {
    /// Morning.
    #[serde(rename = "sáng")]
    Sang,
    /// Noon.
    #[serde(rename = "trưa")]
    Trua,
    /// Afternoon.
    #[serde(rename = "chiều")]
    Chieu,
    /// Evening.
    #[serde(rename = "tối")]
    Toi,
    /// Night.
    #[serde(rename = "đêm")]
    Dem,
}

impl TimeOfDay {
    /// Parses a time-of-day word in any case ("Chiều", "sáng").
    pub fn from_word(word: &str) -> Option<Self> {
        // Compared character by character without a lower-cased copy: called for most
        // words before a date or a trigger. The words start with "s", "t", "c" or "đ", which
        // only they and their capitals lower-case to: another first byte answers at once.
        if !matches!(
            word.as_bytes(),
            [b's' | b'S' | b't' | b'T' | b'c' | b'C', ..] | [0xC4, 0x90 | 0x91, ..]
        ) {
            return None;
        }
        [Self::Sang, Self::Trua, Self::Chieu, Self::Toi, Self::Dem]
            .into_iter()
            .find(|t| crate::extract::caseless::eq_lower(word, t.as_str()))
    }

    /// The word as the record writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sang => "sáng",
            Self::Trua => "trưa",
            Self::Chieu => "chiều",
            Self::Toi => "tối",
            Self::Dem => "đêm",
        }
    }
}

/// A date, period or year used as a time reference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DateMention {
    /// The surface in `text`.
    pub text: String,
    /// Code point offset of the first character.
    pub start: usize,
    /// Code point offset just past the last character.
    pub end: usize,
    /// ISO value: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD` or a range `A/B`.
    pub value: String,
    /// How precise `value` is.
    pub granularity: Granularity,
    /// True when the year was not written and was taken from context or `published`.
    pub year_inferred: bool,
    /// The part of the day, when the surface names one.
    pub time_of_day: Option<TimeOfDay>,
}

/// How a stated amount or count relates to the true one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// As stated.
    Exact,
    /// "hơn", "trên", "vượt".
    MoreThan,
    /// "dưới", "chưa đến".
    LessThan,
    /// "gần", "khoảng", "xấp xỉ", "hầu".
    About,
    /// "ít nhất", "tối thiểu".
    AtLeast,
    /// "tối đa", "nhiều nhất".
    AtMost,
    /// "hàng …": the amount is the implied lower bound.
    Vague,
}

impl Qualifier {
    /// The snake_case name used in records and databases.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Exact => "exact",
            Self::MoreThan => "more_than",
            Self::LessThan => "less_than",
            Self::About => "about",
            Self::AtLeast => "at_least",
            Self::AtMost => "at_most",
            Self::Vague => "vague",
        }
    }
}

/// A monetary amount.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MoneyMention {
    /// The surface in `text`, qualifier word included.
    pub text: String,
    /// Code point offset of the first character.
    pub start: usize,
    /// Code point offset just past the last character.
    pub end: usize,
    /// The amount in units of `currency` (for a range, its lower end). Written as a JSON
    /// integer when it is whole (`500000000`), else as a decimal (`0.06`).
    #[serde(serialize_with = "serialize_amount")]
    pub amount: f64,
    /// The upper end of a range ("từ 1 đến 2 triệu đồng"), else absent; written like
    /// `amount`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_amount_max"
    )]
    pub amount_max: Option<f64>,
    /// ISO 4217 code.
    pub currency: String,
    /// How the stated amount relates to the true one.
    pub qualifier: Qualifier,
}

/// The largest magnitude below which every whole `f64` is exactly an integer (2^53): whole
/// amounts up to it are written as JSON integers.
const MAX_EXACT_INTEGER: f64 = 9_007_199_254_740_992.0;

/// An amount as a JSON integer when it is whole and exactly representable, else as a number
/// with a fraction (`0.06`), so that `500000000` is not written `500000000.0`.
fn serialize_amount<S: serde::Serializer>(amount: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    if amount.is_finite() && amount.fract() == 0.0 && amount.abs() <= MAX_EXACT_INTEGER {
        // Exact: |amount| ≤ 2^53 fits an i64 and is an integer.
        serializer.serialize_i64(*amount as i64)
    } else {
        serializer.serialize_f64(*amount)
    }
}

fn serialize_amount_max<S: serde::Serializer>(
    amount: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match amount {
        Some(amount) => serialize_amount(amount, serializer),
        None => serializer.serialize_none(),
    }
}

/// What a member count counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CountCategory {
    /// Newly admitted members ("kết nạp", "phát triển được").
    NewMembers,
    /// Membership total ("nâng tổng số … lên").
    TotalMembers,
    /// Workforce, or workers reached.
    Workers,
    /// Union officials.
    Officials,
    /// Newly founded unions ("thành lập mới").
    UnionsNew,
    /// Total number of unions.
    UnionsTotal,
    /// People who received support.
    Beneficiaries,
    /// Anything else.
    Other,
}

impl CountCategory {
    /// The snake_case name used in records and databases.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NewMembers => "new_members",
            Self::TotalMembers => "total_members",
            Self::Workers => "workers",
            Self::Officials => "officials",
            Self::UnionsNew => "unions_new",
            Self::UnionsTotal => "unions_total",
            Self::Beneficiaries => "beneficiaries",
            Self::Other => "other",
        }
    }
}

/// A count of people or union units.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MemberCountMention {
    /// The surface in `text`: qualifier, number and unit noun.
    pub text: String,
    /// Code point offset of the first character.
    pub start: usize,
    /// Code point offset just past the last character.
    pub end: usize,
    /// The count.
    pub count: u64,
    /// The counted noun as written.
    pub unit: String,
    /// What is counted, from the sentence's verb.
    pub category: CountCategory,
    /// How the stated count relates to the true one.
    pub qualifier: Qualifier,
}

/// An organization mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct OrganizationMention {
    /// The surface in `text`.
    pub text: String,
    /// Code point offset of the first character.
    pub start: usize,
    /// Code point offset just past the last character.
    pub end: usize,
    /// Full name, abbreviations expanded, partial mentions resolved within the article.
    pub canonical: String,
    /// labour_federation, union, grassroots_union, party, government, enterprise, cluster,
    /// mass_organization or other.
    #[schemars(schema_with = "organization_kind_schema")]
    pub kind: OrganizationKind,
    /// trung_uong, tinh, thanh_pho, quan, huyen, thi_xa, phuong, xa, or
    /// null.
    #[schemars(schema_with = "admin_level_schema")]
    pub admin_level: Option<AdminLevel>,
    /// The place name, or null.
    pub area: Option<String>,
    /// False for a partial mention the article does not tie to a full name.
    pub resolved: bool,
}

/// A person with the roles the article gives them.
///
/// `roles` and `role_organizations` are parallel: `role_organizations[i]` is the canonical
/// name of the organization `roles[i]` names, or null. [`Person::push_role`] keeps them in
/// step and [`Person::role_pairs`] reads them together.
///
/// Records written before `role_organizations` was added carried `roles` as objects
/// `{"text", "organization"}`; they still deserialize (into the two fields), so `load` reads
/// them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(from = "PersonWire")]
pub struct Person {
    /// The first full surface of the name, as written (equal to `name` unless the name was
    /// corrected, e.g. a lower-case typo).
    pub text: String,
    /// The person's name.
    pub name: String,
    /// Distinct roles as written ("Chủ tịch LĐLĐ tỉnh"), in order of first mention.
    pub roles: Vec<String>,
    /// For each of `roles`, the canonical name of the organization it names, or null (same
    /// length as `roles`).
    pub role_organizations: Vec<Option<String>>,
    /// Code point offset of the first mention.
    pub start: usize,
    /// Code point offset just past the first mention.
    pub end: usize,
}

impl Person {
    /// Adds a role with the organization it names, keeping `roles` and
    /// `role_organizations` the same length.
    pub fn push_role(&mut self, text: impl Into<String>, organization: Option<String>) {
        self.role_organizations.resize(self.roles.len(), None);
        self.roles.push(text.into());
        self.role_organizations.push(organization);
    }

    /// Each role with the organization it names (null where `role_organizations` is
    /// shorter, as in a hand-written record that leaves it out).
    ///
    /// # Example
    /// ```
    /// use union_news::record::Person;
    /// let mut p = Person {
    ///     text: "Lê Quang Toản".into(),
    ///     name: "Lê Quang Toản".into(),
    ///     roles: Vec::new(),
    ///     role_organizations: Vec::new(),
    ///     start: 0,
    ///     end: 13,
    /// };
    /// p.push_role("Tỉnh ủy viên", None);
    /// p.push_role("Chủ tịch LĐLĐ tỉnh", Some("Liên đoàn Lao động tỉnh Hưng Yên".into()));
    /// let pairs: Vec<_> = p.role_pairs().collect();
    /// assert_eq!(pairs[1], ("Chủ tịch LĐLĐ tỉnh", Some("Liên đoàn Lao động tỉnh Hưng Yên")));
    /// ```
    pub fn role_pairs(&self) -> impl Iterator<Item = (&str, Option<&str>)> + '_ {
        self.roles.iter().enumerate().map(|(i, role)| {
            let organization = self.role_organizations.get(i).and_then(Option::as_deref);
            (role.as_str(), organization)
        })
    }
}

/// What a record's person may look like on input: `roles` as strings (the contract) or, from
/// records written before `role_organizations`, as `{text, organization}` objects.
#[derive(Deserialize)]
struct PersonWire {
    text: String,
    name: String,
    #[serde(default)]
    roles: Vec<RoleWire>,
    #[serde(default)]
    role_organizations: Option<Vec<Option<String>>>,
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RoleWire {
    Text(String),
    Object {
        text: String,
        #[serde(default)]
        organization: Option<String>,
    },
}

impl From<PersonWire> for Person {
    fn from(wire: PersonWire) -> Self {
        let mut roles = Vec::with_capacity(wire.roles.len());
        let mut legacy = Vec::with_capacity(wire.roles.len());
        for role in wire.roles {
            match role {
                RoleWire::Text(text) => {
                    roles.push(text);
                    legacy.push(None);
                }
                RoleWire::Object { text, organization } => {
                    roles.push(text);
                    legacy.push(organization);
                }
            }
        }
        let mut role_organizations = wire.role_organizations.unwrap_or(legacy);
        role_organizations.resize(roles.len(), None);
        Self {
            text: wire.text,
            name: wire.name,
            roles,
            role_organizations,
            start: wire.start,
            end: wire.end,
        }
    }
}

/// Kinds of events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// Conferences and meetings.
    Conference,
    /// Congresses (đại hội).
    Congress,
    /// Signings (giao ước thi đua, thỏa ước lao động tập thể, agreements).
    Signing,
    /// Support and gift programmes.
    Support,
    /// Awards (tuyên dương, khen thưởng).
    Award,
    /// Campaign launches (phát động).
    CampaignLaunch,
    /// Elections.
    Election,
    /// Anything else.
    Other,
}

impl EventType {
    /// The snake_case name used in records and databases.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Conference => "conference",
            Self::Congress => "congress",
            Self::Signing => "signing",
            Self::Support => "support",
            Self::Award => "award",
            Self::CampaignLaunch => "campaign_launch",
            Self::Election => "election",
            Self::Other => "other",
        }
    }
}

/// An event the article reports as having happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Event {
    /// What kind of event.
    #[serde(rename = "type")]
    pub event_type: EventType,
    /// The event's name as written.
    pub name: String,
    /// ISO date value, or null.
    pub date: Option<String>,
    /// Part of the day, when given.
    pub time_of_day: Option<TimeOfDay>,
    /// Location as written, or null.
    pub location: Option<String>,
    /// Canonical name of the organizing organization, or null.
    pub organizer: Option<String>,
    /// Names of people present.
    pub participants: Vec<String>,
    /// The evidence: the sentence that states the event, as written in `text`.
    pub text: String,
    /// Code point offset of the evidence sentence.
    pub start: usize,
    /// Code point offset just past the evidence sentence.
    pub end: usize,
}

/// The values of [`OrganizationMention::kind`]. The extractors write these and no other;
/// the JSON Schema lists them as an enum, so a new kind is added here.
pub const ORGANIZATION_KINDS: &[&str] = &[
    "labour_federation",
    "union",
    "grassroots_union",
    "party",
    "government",
    "enterprise",
    "cluster",
    "mass_organization",
    "other",
];

/// The values of [`OrganizationMention::admin_level`] (besides null).
pub const ADMIN_LEVELS: &[&str] = &[
    "trung_uong",
    "tinh",
    "thanh_pho",
    "quan",
    "huyen",
    "thi_xa",
    "phuong",
    "xa",
];

/// Fields a record may leave out (`skip_serializing_if`), by schema definition; every other
/// field is always written and so `required` in the JSON Schema (null where it is nullable).
const OMITTED_WHEN_EMPTY: &[(&str, &[&str])] = &[
    ("Source", &["path", "url", "fetched_at"]),
    ("MoneyMention", &["amount_max"]),
];

fn string_enum(values: &[&str], nullable: bool) -> schemars::schema::Schema {
    use schemars::schema::{InstanceType, Schema, SchemaObject, SingleOrVec};
    let mut enum_values: Vec<serde_json::Value> = values
        .iter()
        .map(|v| serde_json::Value::String(v.to_string()))
        .collect();
    let instance_type = if nullable {
        enum_values.push(serde_json::Value::Null);
        SingleOrVec::Vec(vec![InstanceType::String, InstanceType::Null])
    } else {
        SingleOrVec::Single(Box::new(InstanceType::String))
    };
    Schema::Object(SchemaObject {
        instance_type: Some(instance_type),
        enum_values: Some(enum_values),
        ..SchemaObject::default()
    })
}

fn organization_kind_schema(_: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
    string_enum(ORGANIZATION_KINDS, false)
}

fn admin_level_schema(_: &mut schemars::gen::SchemaGenerator) -> schemars::schema::Schema {
    string_enum(ADMIN_LEVELS, true)
}

/// The JSON Schema (draft 07) of [`Record`], as `union-news schema` prints it: every field a
/// record always has is `required` (a nullable one as `type: [X, "null"]`), `schema_version`
/// is the constant [`SCHEMA_VERSION`], and fixed vocabularies (event type, granularity,
/// qualifier, count category, organization kind, admin level, time of day, source kind) are
/// enums. Unknown fields are allowed: the contract lets new fields be added.
///
/// # Example
/// ```
/// let schema = union_news::record::json_schema();
/// assert_eq!(schema["properties"]["schema_version"]["const"], 1);
/// assert!(schema["required"].as_array().unwrap().contains(&"title".into()));
/// ```
pub fn json_schema() -> serde_json::Value {
    use serde_json::Value;
    let schema = schemars::schema_for!(Record);
    let mut root = serde_json::to_value(schema).unwrap_or(Value::Null);
    require_all(&mut root, &["duplicate"]);
    if let Some(version) = root.pointer_mut("/properties/schema_version") {
        *version = serde_json::json!({
            "description": "The record format's version; a renamed or removed field, or a changed meaning, bumps it.",
            "type": "integer",
            "const": SCHEMA_VERSION,
        });
    }
    if let Some(Value::Object(definitions)) = root.get_mut("definitions") {
        for (name, definition) in definitions.iter_mut() {
            let omitted = OMITTED_WHEN_EMPTY
                .iter()
                .find(|(n, _)| n == name)
                .map_or(&[][..], |(_, fields)| *fields);
            require_all(definition, omitted);
            flatten_enum(definition);
        }
    }
    root
}

/// Makes every property of an object schema required, except `omitted`.
fn require_all(schema: &mut serde_json::Value, omitted: &[&str]) {
    let Some(properties) = schema.get("properties").and_then(|p| p.as_object()) else {
        return;
    };
    let required: Vec<serde_json::Value> = properties
        .keys()
        .filter(|k| !omitted.contains(&k.as_str()))
        .map(|k| serde_json::Value::String(k.clone()))
        .collect();
    schema["required"] = serde_json::Value::Array(required);
}

/// A unit-variant enum as schemars writes it (`oneOf` of one-value `enum`s) becomes one
/// `enum` of strings, the variants' descriptions kept in the description.
fn flatten_enum(schema: &mut serde_json::Value) {
    let Some(variants) = schema.get("oneOf").and_then(|v| v.as_array()) else {
        return;
    };
    let mut values = Vec::new();
    let mut notes = Vec::new();
    for variant in variants {
        let single = variant
            .get("enum")
            .and_then(|e| e.as_array())
            .filter(|e| e.len() == 1)
            .and_then(|e| e[0].as_str());
        let Some(value) = single else {
            return; // not a plain string enum: leave it
        };
        if let Some(note) = variant.get("description").and_then(|d| d.as_str()) {
            notes.push(format!("`{value}`: {note}"));
        }
        values.push(serde_json::Value::String(value.to_string()));
    }
    let description = schema
        .get("description")
        .and_then(|d| d.as_str())
        .map(|d| format!("{d}\n\n{}", notes.join("\n")));
    let mut flat = serde_json::json!({ "type": "string", "enum": values });
    if let Some(description) = description {
        flat["description"] = serde_json::Value::String(description);
    }
    *schema = flat;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(amount: f64, amount_max: Option<f64>) -> serde_json::Value {
        let m = MoneyMention {
            text: "x".into(),
            start: 0,
            end: 1,
            amount,
            amount_max,
            currency: "VND".into(),
            qualifier: Qualifier::Exact,
        };
        serde_json::to_value(m).unwrap()
    }

    // Found by the `jsonl_line` fuzz target: "96626262626262661tỷ đ" is an amount above 2^53,
    // written as a float, and serde_json's default float parser read it back one unit in
    // the last place off; with `float_roundtrip` it reads back exactly.
    #[test]
    fn a_money_amount_above_2_pow_53_survives_a_json_round_trip() {
        for amount in [9.662626262626267e25, 1.2345678901234567e17, 0.1 + 0.2] {
            let json = serde_json::to_string(&money(amount, Some(amount))).unwrap();
            let back: MoneyMention = serde_json::from_str(&json).unwrap();
            assert_eq!(back.amount.to_bits(), amount.to_bits(), "{json}");
            assert_eq!(back.amount_max.map(f64::to_bits), Some(amount.to_bits()));
        }
    }

    #[test]
    fn whole_amounts_are_json_integers_and_fractions_stay_decimal() {
        let whole = money(500_000_000.0, None);
        assert_eq!(whole["amount"].to_string(), "500000000");
        assert!(whole["amount"].is_u64());
        assert!(whole.get("amount_max").is_none());
        let vague = money(1e14, None);
        assert_eq!(vague["amount"].to_string(), "100000000000000");
        let range = money(1_150_000.0, Some(3_100_000.0));
        assert_eq!(range["amount_max"].to_string(), "3100000");
        let cents = money(0.06, Some(88.38));
        assert_eq!(cents["amount"].to_string(), "0.06");
        assert_eq!(cents["amount_max"].to_string(), "88.38");
        // Beyond 2^53 an f64 is no longer an exact integer: written as a float.
        assert!(money(1e20, None)["amount"].is_f64());
        // And it reads back.
        let back: MoneyMention = serde_json::from_value(whole).unwrap();
        assert_eq!(back.amount, 500_000_000.0);
    }

    #[test]
    fn person_roles_are_strings_with_parallel_organizations() {
        let mut p = Person {
            text: "Lê Quang Toản".into(),
            name: "Lê Quang Toản".into(),
            roles: Vec::new(),
            role_organizations: Vec::new(),
            start: 0,
            end: 13,
        };
        p.push_role("Tỉnh ủy viên", None);
        p.push_role(
            "Chủ tịch LĐLĐ tỉnh",
            Some("Liên đoàn Lao động tỉnh Hưng Yên".into()),
        );
        let value = serde_json::to_value(&p).unwrap();
        assert_eq!(
            value["roles"],
            serde_json::json!(["Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"])
        );
        assert_eq!(
            value["role_organizations"],
            serde_json::json!([null, "Liên đoàn Lao động tỉnh Hưng Yên"])
        );
        let back: Person = serde_json::from_value(value).unwrap();
        assert_eq!(back, p);
    }

    #[test]
    fn records_with_role_objects_from_before_role_organizations_still_read() {
        let legacy = serde_json::json!({
            "text": "Lê Quang Toản", "name": "Lê Quang Toản", "start": 0, "end": 13,
            "roles": [
                {"text": "Tỉnh ủy viên", "organization": null},
                {"text": "Chủ tịch LĐLĐ tỉnh", "organization": "Liên đoàn Lao động tỉnh Hưng Yên"}
            ]
        });
        let p: Person = serde_json::from_value(legacy).unwrap();
        assert_eq!(p.roles, ["Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"]);
        assert_eq!(
            p.role_organizations,
            [None, Some("Liên đoàn Lao động tỉnh Hưng Yên".to_string())]
        );
        // A record that follows RECORD.md alone (no role_organizations) reads too.
        let plain = serde_json::json!({
            "text": "A", "name": "A", "start": 0, "end": 1, "roles": ["Chủ tịch"]
        });
        let p: Person = serde_json::from_value(plain).unwrap();
        assert_eq!(p.role_organizations, [None]);
    }
}
