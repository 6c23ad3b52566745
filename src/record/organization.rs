//! The fixed vocabularies of an organization mention: its kind and its admin level, written
//! in records as snake_case strings ([`super::ORGANIZATION_KINDS`], [`super::ADMIN_LEVELS`]).

use std::fmt;

use serde::{Deserialize, Serialize};

/// What kind of organization a mention names ([`super::OrganizationMention::kind`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganizationKind {
    /// Labour federations (Tổng Liên đoàn, Liên đoàn Lao động …).
    LabourFederation,
    /// Unions above the grassroots (Công đoàn ngành, Công đoàn Viên chức …).
    Union,
    /// Grassroots unions of one employer.
    GrassrootsUnion,
    /// The Party and its committees.
    Party,
    /// Government bodies, courts, police.
    Government,
    /// Companies.
    Enterprise,
    /// Emulation clusters (Cụm thi đua).
    Cluster,
    /// Mass organizations (Front, women's, youth, veterans).
    MassOrganization,
    /// Anything else (newspapers).
    Other,
}

impl OrganizationKind {
    /// Every kind, in the order of [`super::ORGANIZATION_KINDS`].
    pub const ALL: [Self; 9] = [
        Self::LabourFederation,
        Self::Union,
        Self::GrassrootsUnion,
        Self::Party,
        Self::Government,
        Self::Enterprise,
        Self::Cluster,
        Self::MassOrganization,
        Self::Other,
    ];

    /// The snake_case name used in records and databases.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::LabourFederation => "labour_federation",
            Self::Union => "union",
            Self::GrassrootsUnion => "grassroots_union",
            Self::Party => "party",
            Self::Government => "government",
            Self::Enterprise => "enterprise",
            Self::Cluster => "cluster",
            Self::MassOrganization => "mass_organization",
            Self::Other => "other",
        }
    }
}

impl fmt::Display for OrganizationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The administrative level of an organization or place
/// ([`super::OrganizationMention::admin_level`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AdminLevel {
    /// National (trung ương).
    TrungUong,
    /// Province (tỉnh).
    Tinh,
    /// City (thành phố): a centrally run city or a provincial city.
    ThanhPho,
    /// Urban district (quận).
    Quan,
    /// Rural district (huyện).
    Huyen,
    /// Town (thị xã).
    ThiXa,
    /// Ward (phường).
    Phuong,
    /// Commune (xã).
    Xa,
}

impl AdminLevel {
    /// Every level, in the order of [`super::ADMIN_LEVELS`].
    pub const ALL: [Self; 8] = [
        Self::TrungUong,
        Self::Tinh,
        Self::ThanhPho,
        Self::Quan,
        Self::Huyen,
        Self::ThiXa,
        Self::Phuong,
        Self::Xa,
    ];

    /// The snake_case code used in records, databases and rule files.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::TrungUong => "trung_uong",
            Self::Tinh => "tinh",
            Self::ThanhPho => "thanh_pho",
            Self::Quan => "quan",
            Self::Huyen => "huyen",
            Self::ThiXa => "thi_xa",
            Self::Phuong => "phuong",
            Self::Xa => "xa",
        }
    }

    /// The level of a code ("thanh_pho" → [`AdminLevel::ThanhPho`]), if it is one.
    ///
    /// # Example
    /// ```
    /// use union_news::record::AdminLevel;
    /// assert_eq!(AdminLevel::from_code("thi_xa"), Some(AdminLevel::ThiXa));
    /// assert_eq!(AdminLevel::from_code("tinhh"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str() == code)
    }

    /// Whether this is a district-level unit (quận, huyện, thị xã).
    pub fn is_district(self) -> bool {
        matches!(self, Self::Quan | Self::Huyen | Self::ThiXa)
    }

    /// Whether this is a provincial level (tỉnh, thành phố).
    pub fn is_provincial(self) -> bool {
        matches!(self, Self::Tinh | Self::ThanhPho)
    }
}

impl fmt::Display for AdminLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_schema_vocabularies_and_serde_writes_them() {
        let kinds: Vec<&str> = OrganizationKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(kinds, super::super::ORGANIZATION_KINDS);
        let levels: Vec<&str> = AdminLevel::ALL.iter().map(|l| l.as_str()).collect();
        assert_eq!(levels, super::super::ADMIN_LEVELS);
        for k in OrganizationKind::ALL {
            assert_eq!(
                serde_json::to_string(&k).unwrap_or_default(),
                format!("\"{k}\"")
            );
        }
        for l in AdminLevel::ALL {
            assert_eq!(
                serde_json::to_string(&l).unwrap_or_default(),
                format!("\"{l}\"")
            );
            assert_eq!(AdminLevel::from_code(l.as_str()), Some(l));
        }
    }
}
