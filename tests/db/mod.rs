//! Integration tests: the reporting database (SQLite always; PostgreSQL when
//! `UNION_NEWS_TEST_PG` names a server, e.g. `host=127.0.0.1 user=postgres dbname=test`).
//!
//! The records are built by hand from real sentences of the seed articles (001, 002, 004),
//! with spans computed from the text, so the tests do not depend on the extractor.

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use union_news::record::*;
use union_news::report::{self, Attribution, By, Database, Options, Query, Table, Value};
use union_news::sink::{open_sink, LoadStats, PostgresSink, RecordSink, SqliteSink};

mod concurrent;
mod duplicates;

// ---------------------------------------------------------------------------------------
// Records built from seed sentences.

/// Builds a record whose mention spans are found in its text, in order per list.
struct Builder {
    record: Record,
    cursors: std::collections::HashMap<&'static str, usize>,
}

impl Builder {
    fn new(id: &str, published: Option<&str>, title: &str, body: &str) -> Self {
        let text = format!("{title}\n\n{body}");
        Self {
            record: Record {
                schema_version: SCHEMA_VERSION,
                id: id.to_string(),
                source: Source {
                    kind: SourceKind::File,
                    path: Some(format!("corpus/{id}.txt")),
                    url: None,
                    fetched_at: None,
                    content_sha256: format!("{:064x}", text.len()),
                },
                title: Some(title.to_string()),
                published: published.map(str::to_string),
                byline: None,
                section: None,
                canonical_url: None,
                text,
                dates: vec![],
                money: vec![],
                member_counts: vec![],
                organizations: vec![],
                people: vec![],
                events: vec![],
                warnings: vec![],
                duplicate: None,
            },
            cursors: Default::default(),
        }
    }

    /// The code point span of the next occurrence of `surface` in list `list`.
    fn span(&mut self, list: &'static str, surface: &str) -> (usize, usize) {
        let from = self.cursors.get(list).copied().unwrap_or(0);
        let text = &self.record.text;
        let at = from
            + text[from..]
                .find(surface)
                .unwrap_or_else(|| panic!("{surface:?} not in {}", self.record.id));
        self.cursors.insert(list, at + surface.len());
        let start = text[..at].chars().count();
        (start, start + surface.chars().count())
    }

    fn date(mut self, surface: &str, value: &str, granularity: Granularity) -> Self {
        let (start, end) = self.span("dates", surface);
        self.record.dates.push(DateMention {
            text: surface.into(),
            start,
            end,
            value: value.into(),
            granularity,
            year_inferred: false,
            time_of_day: None,
        });
        self
    }

    fn org(
        mut self,
        surface: &str,
        canonical: &str,
        level: Option<&str>,
        area: Option<&str>,
    ) -> Self {
        let (start, end) = self.span("organizations", surface);
        self.record.organizations.push(OrganizationMention {
            text: surface.into(),
            start,
            end,
            canonical: canonical.into(),
            kind: OrganizationKind::LabourFederation,
            admin_level: level.and_then(AdminLevel::from_code),
            area: area.map(str::to_string),
            resolved: true,
        });
        self
    }

    fn unresolved(mut self, surface: &str, canonical: &str) -> Self {
        self = self.org(surface, canonical, None, None);
        if let Some(last) = self.record.organizations.last_mut() {
            last.resolved = false;
        }
        self
    }

    fn money(mut self, surface: &str, amount: f64, qualifier: Qualifier) -> Self {
        let (start, end) = self.span("money", surface);
        self.record.money.push(MoneyMention {
            text: surface.into(),
            start,
            end,
            amount,
            amount_max: None,
            currency: "VND".into(),
            qualifier,
        });
        self
    }

    fn count(mut self, surface: &str, count: u64, unit: &str, category: CountCategory) -> Self {
        let (start, end) = self.span("member_counts", surface);
        self.record.member_counts.push(MemberCountMention {
            text: surface.into(),
            start,
            end,
            count,
            unit: unit.into(),
            category,
            qualifier: Qualifier::Exact,
        });
        self
    }

    fn person(mut self, name: &str, roles: &[(&str, Option<&str>)]) -> Self {
        let (start, end) = self.span("people", name);
        self.record.people.push(Person {
            text: name.into(),
            name: name.into(),
            roles: roles.iter().map(|(text, _)| text.to_string()).collect(),
            role_organizations: roles
                .iter()
                .map(|(_, org)| org.map(str::to_string))
                .collect(),
            start,
            end,
        });
        self
    }

    fn event(
        mut self,
        event_type: EventType,
        sentence: &str,
        name: &str,
        date: Option<&str>,
        organizer: Option<&str>,
        participants: &[&str],
    ) -> Self {
        let (start, end) = self.span("events", sentence);
        self.record.events.push(Event {
            event_type,
            name: name.into(),
            date: date.map(str::to_string),
            time_of_day: None,
            location: None,
            organizer: organizer.map(str::to_string),
            participants: participants.iter().map(|p| p.to_string()).collect(),
            text: sentence.into(),
            start,
            end,
        });
        self
    }

    fn build(self) -> Record {
        self.record
    }
}

const THANH_KHE: &str = "Liên đoàn Lao động quận Thanh Khê";
const DA_NANG: &str = "Liên đoàn Lao động thành phố Đà Nẵng";
const HUNG_YEN: &str = "Liên đoàn Lao động tỉnh Hưng Yên";
const UNG_HOA: &str = "Liên đoàn Lao động huyện Ứng Hòa";

/// Seed 001 (Thanh Khê), abridged: two amounts after "LĐLĐ quận Thanh Khê" in a sentence
/// dated "Quý Mão 2023", one after no organization; 24 new unions and 1.199 new members.
fn seed_001() -> Record {
    Builder::new(
        "001_2422e51105c7a8e3",
        None,
        "Thanh Khê: Tổng kết hoạt động Công đoàn năm 2023",
        "Sáng 17/1, Liên đoàn Lao động (LĐLĐ) quận Thanh Khê tổ chức hội nghị tổng kết phong \
         trào công nhân viên chức lao động (CNVCLĐ) và hoạt động công đoàn năm 2023, triển khai \
         phương hướng, nhiệm vụ năm 2024.\n\
         Nhân dịp Tết Nguyên đán Quý Mão 2023, cùng với nguồn hỗ trợ của LĐLĐ thành phố, LĐLĐ \
         quận Thanh Khê đã trao 950 suất quà cho đoàn viên, CNLĐ có hoàn cảnh khó khăn với tổng \
         kinh phí 500 triệu đồng; tặng 4.000 phiếu mua hàng trị giá 375 triệu đồng cho đoàn \
         viên, người lao động tham gia mua sắm tại Chợ Tết Công đoàn do LĐLĐ thành phố tổ chức…\n\
         Tháng Công nhân được tổ chức sôi nổi với nhiều hoạt động thiết thực; 55 trường hợp đoàn \
         viên có hoàn cảnh khó khăn đột xuất được nhận hỗ trợ với tổng số tiền hơn 40 triệu đồng.\n\
         Trong năm, LĐLĐ quận đã thành lập được 24 CĐCS, kết nạp được 1.199 đoàn viên.",
    )
    .date("Sáng 17/1", "2024-01-17", Granularity::Day)
    .date("năm 2023", "2023", Granularity::Year)
    .date("năm 2024", "2024", Granularity::Year)
    .date("Quý Mão 2023", "2023", Granularity::Year)
    .org(
        "Liên đoàn Lao động (LĐLĐ) quận Thanh Khê",
        THANH_KHE,
        Some("quan"),
        Some("Thanh Khê"),
    )
    .org(
        "LĐLĐ thành phố",
        DA_NANG,
        Some("thanh_pho"),
        Some("Đà Nẵng"),
    )
    .org(
        "LĐLĐ quận Thanh Khê",
        THANH_KHE,
        Some("quan"),
        Some("Thanh Khê"),
    )
    .org(
        "LĐLĐ thành phố",
        DA_NANG,
        Some("thanh_pho"),
        Some("Đà Nẵng"),
    )
    .org("LĐLĐ quận", THANH_KHE, Some("quan"), Some("Thanh Khê"))
    .money("500 triệu đồng", 5e8, Qualifier::Exact)
    .money("375 triệu đồng", 3.75e8, Qualifier::Exact)
    .money("hơn 40 triệu đồng", 4e7, Qualifier::MoreThan)
    .count(
        "55 trường hợp đoàn viên",
        55,
        "đoàn viên",
        CountCategory::Beneficiaries,
    )
    .count("24 CĐCS", 24, "CĐCS", CountCategory::UnionsNew)
    .count(
        "1.199 đoàn viên",
        1199,
        "đoàn viên",
        CountCategory::NewMembers,
    )
    .event(
        EventType::Conference,
        "Sáng 17/1, Liên đoàn Lao động (LĐLĐ) quận Thanh Khê tổ chức hội nghị tổng kết phong \
         trào công nhân viên chức lao động (CNVCLĐ) và hoạt động công đoàn năm 2023, triển khai \
         phương hướng, nhiệm vụ năm 2024.",
        "hội nghị tổng kết phong trào công nhân viên chức lao động",
        Some("2024-01-17"),
        Some(THANH_KHE),
        &[],
    )
    .event(
        EventType::Support,
        "Nhân dịp Tết Nguyên đán Quý Mão 2023",
        "trao 950 suất quà",
        Some("2023"),
        Some(THANH_KHE),
        &[],
    )
    .build()
}

/// Seed 004 (Hưng Yên), abridged: published 2024-02-01; a federation named once ("Liên đoàn
/// Lao động (LĐLĐ) tỉnh"), counts in a sentence without an organization or a date.
fn seed_004() -> Record {
    Builder::new(
        "004_b1920f945a03011b",
        Some("2024-02-01"),
        "Hội nghị gặp mặt cán bộ chuyên trách công đoàn và triển khai nhiệm vụ công tác năm 2024",
        "Ngày 01/02/2024, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức Hội nghị gặp mặt cán bộ chuyên \
         trách công đoàn và triển khai nhiệm vụ công tác năm 2024. Dự có các đồng chí: Lê Quang \
         Toản - Tỉnh ủy viên, Ủy viên Ban Chấp hành Tổng LĐLĐ Việt Nam, Chủ tịch LĐLĐ tỉnh.\n\
         Toàn tỉnh thành lập mới được 62 công đoàn cơ sở, phát triển được 27.152 đoàn viên Công \
         đoàn, nâng tổng số đoàn viên công đoàn lên 167.009 đoàn viên/190.567 CNVCLĐ.\n\
         Các cấp công đoàn tổ chức và phối hợp tổ chức chăm lo đời sống vật chất, tinh thần cho \
         người lao động với số tiền gần 60,8 tỷ đồng dịp Tết Nguyên đán năm 2023.",
    )
    .date("năm 2024", "2024", Granularity::Year)
    .date("Ngày 01/02/2024", "2024-02-01", Granularity::Day)
    .date("năm 2024", "2024", Granularity::Year)
    .date("năm 2023", "2023", Granularity::Year)
    .org(
        "Liên đoàn Lao động (LĐLĐ) tỉnh",
        HUNG_YEN,
        Some("tinh"),
        Some("Hưng Yên"),
    )
    .org(
        "Tổng LĐLĐ Việt Nam",
        "Tổng Liên đoàn Lao động Việt Nam",
        Some("trung_uong"),
        None,
    )
    .org("LĐLĐ tỉnh", HUNG_YEN, Some("tinh"), Some("Hưng Yên"))
    .count(
        "62 công đoàn cơ sở",
        62,
        "công đoàn cơ sở",
        CountCategory::UnionsNew,
    )
    .count(
        "27.152 đoàn viên Công đoàn",
        27152,
        "đoàn viên",
        CountCategory::NewMembers,
    )
    .count(
        "167.009 đoàn viên",
        167009,
        "đoàn viên",
        CountCategory::TotalMembers,
    )
    .count("190.567 CNVCLĐ", 190567, "CNVCLĐ", CountCategory::Workers)
    .money("gần 60,8 tỷ đồng", 6.08e10, Qualifier::About)
    .person(
        "Lê Quang Toản",
        &[
            ("Tỉnh ủy viên", None),
            (
                "Ủy viên Ban Chấp hành Tổng LĐLĐ Việt Nam",
                Some("Tổng Liên đoàn Lao động Việt Nam"),
            ),
            ("Chủ tịch LĐLĐ tỉnh", Some(HUNG_YEN)),
        ],
    )
    .event(
        EventType::Conference,
        "Ngày 01/02/2024, Liên đoàn Lao động (LĐLĐ) tỉnh tổ chức Hội nghị gặp mặt cán bộ chuyên \
         trách công đoàn và triển khai nhiệm vụ công tác năm 2024.",
        "Hội nghị gặp mặt cán bộ chuyên trách công đoàn",
        Some("2024-02-01"),
        Some(HUNG_YEN),
        &["Lê Quang Toản", "Hoàng Xuân Hào"],
    )
    .build()
}

/// Seed 002 (Hà Nội cluster 5), abridged: an amount after "LĐLĐ huyện Ứng Hòa", an
/// unresolved partial mention, a vague amount, an event without a date.
fn seed_002() -> Record {
    Builder::new(
        "002_4d6429880cf3b8be",
        Some("2023-11-23"),
        "Cụm thi đua số 5: Phấn đấu hoàn thành xuất sắc các mục tiêu, nhiệm vụ năm 2024",
        "Đơn cử như, LĐLĐ huyện Ứng Hòa đã ký thỏa thuận thực hiện chế độ ưu đãi với Công ty Cổ \
         phần hệ thống bệnh viện gia đình Việt Nam tặng 300 phiếu khám bệnh cho 300 đoàn viên, \
         người lao động với tổng trị giá 273 triệu đồng.\n\
         LĐLĐ huyện làm lợi hàng trăm nghìn tỷ đồng.",
    )
    .org(
        "LĐLĐ huyện Ứng Hòa",
        UNG_HOA,
        Some("huyen"),
        Some("Ứng Hòa"),
    )
    .unresolved("LĐLĐ huyện", "Liên đoàn Lao động huyện")
    .money("273 triệu đồng", 2.73e8, Qualifier::Exact)
    .money("hàng trăm nghìn tỷ đồng", 1e14, Qualifier::Vague)
    .event(
        EventType::Signing,
        "Đơn cử như, LĐLĐ huyện Ứng Hòa đã ký thỏa thuận",
        "ký thỏa thuận thực hiện chế độ ưu đãi",
        None,
        Some(UNG_HOA),
        &[],
    )
    .build()
}

fn corpus() -> Vec<Record> {
    vec![seed_001(), seed_004(), seed_002()]
}

const THIEN_THANH: &str = "Công ty TNHH Tập đoàn Thiên Thanh";

/// dantri-3 (fixtures/html), abridged: "gói 50.000 tỷ" stated three times (once in a sentence
/// dated "chiều 27/3"), "7.500 tỷ đồng" twice (once dated "ngày 26/12/2013"); the one
/// organization is a company named in an address, in no amount's sentence.
fn dantri_3() -> Record {
    Builder::new(
        "dantri-3",
        Some("2014-03-28"),
        "\"Gói 50.000 tỷ\" cứu BĐS: Chuyện thật hay đùa?",
        "Trao đổi với PV Dân trí chiều 27/3, ông Đỗ Quang Hiển - Chủ tịch HĐQT Ngân hàng TMCP \
         Sài Gòn - Hà Nội (SHB) cho biết, gói 50.000 tỷ này \"chưa cụ thể\" và vẫn chưa có đầy \
         đủ thông tin.\n\
         Cũng theo ngân hàng tiền thân là một nhà băng thuộc nhóm yếu kém, vừa tái cấu trúc \
         thành công và tăng vốn điều lệ từ 3.000 tỷ lên 7.500 tỷ đồng này, \"các ngân hàng tham \
         gia chuỗi liên kết này\".\n\
         Lần này, tiếp tục là một \"gói tín dụng 50.000 tỷ\" được giới thiệu.\n\
         Sau khi đổi tên, vốn điều lệ của VNCB đã được tăng lên 7.500 tỷ đồng kể từ ngày \
         26/12/2013, tương đương đạt mức 250% so với vốn điều lệ cũ.\n\
         Theo kế hoạch, ngoài tăng vốn thì năm 2013, tổng tài sản của VNCB dự kiến đạt 42.000 \
         tỷ đồng.\n\
         Đại hội đồng cổ đông thường niên 2012 được tổ chức hồi năm ngoái cũng tại Hội trường \
         Công ty TNHH Tập đoàn Thiên Thanh, số 302, Tô Hiến Thành, P15, Q10, TPHCM.",
    )
    .date("chiều 27/3", "2014-03-27", Granularity::Day)
    .date("ngày 26/12/2013", "2013-12-26", Granularity::Day)
    .date("năm 2013", "2013", Granularity::Year)
    .org(THIEN_THANH, THIEN_THANH, None, None)
    .money("50.000 tỷ", 5e13, Qualifier::Exact)
    .money("50.000 tỷ", 5e13, Qualifier::Exact)
    .money("3.000 tỷ", 3e12, Qualifier::Exact)
    .money("7.500 tỷ đồng", 7.5e12, Qualifier::Exact)
    .money("50.000 tỷ", 5e13, Qualifier::Exact)
    .money("7.500 tỷ đồng", 7.5e12, Qualifier::Exact)
    .money("42.000 tỷ đồng", 4.2e13, Qualifier::Exact)
    .build()
}

/// [`dantri_3`] under an id of its own (the full corpus holds the real dantri-3).
fn dantri_3_renamed() -> Record {
    let mut record = dantri_3();
    record.id = "dantri-3-abridged".into();
    record
}

/// The records the library extracts from files or directories (as `extract` would).
fn extracted(paths: &[&str]) -> Vec<Record> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let paths: Vec<std::path::PathBuf> = paths.iter().map(|p| root.join(p)).collect();
    union_news::input::list_inputs(&paths)
        .into_iter()
        .map(|file| {
            let input = union_news::input::read_file_input(&file.unwrap()).unwrap();
            union_news::record::article_record(&input)
        })
        .collect()
}

/// The five seed articles, `corpus/*.txt`, as the library extracts them.
fn seed_corpus() -> &'static [Record] {
    static RECORDS: std::sync::OnceLock<Vec<Record>> = std::sync::OnceLock::new();
    RECORDS.get_or_init(|| extracted(&["corpus"]))
}

/// Every article the repository holds: the seeds and the HTML fixture pages.
fn full_corpus() -> &'static [Record] {
    static RECORDS: std::sync::OnceLock<Vec<Record>> = std::sync::OnceLock::new();
    RECORDS.get_or_init(|| extracted(&["corpus", "fixtures/html"]))
}

/// A copy of `record` whose money mention 1 has its span reversed: the database's CHECK
/// constraint rejects it.
fn broken(mut record: Record) -> Record {
    if let Some(m) = record.money.first_mut() {
        std::mem::swap(&mut m.start, &mut m.end);
    }
    record
}

// ---------------------------------------------------------------------------------------
// The same checks against either database.

/// What a test needs of a database: a sink to load with and a connection to query.
trait Backend {
    fn sink(&self) -> Box<dyn RecordSink>;
    fn db(&self) -> Database;
    /// The `--db` value of the command line.
    fn target(&self) -> String;
    /// A counter for polling while another process loads: runs a `SELECT COUNT(*)…`.
    fn counter(&self) -> Box<dyn FnMut(&str) -> i64>;
    /// Runs statements on a connection of its own (DDL included).
    fn execute(&self, sql: &str);
    /// Statements that turn a current database back into schema 1, to test the migrations.
    fn downgrade_to_1(&self) -> &'static str;
    /// The schema version this build writes to this kind of database.
    fn schema_version(&self) -> i64;
}

struct Sqlite {
    _dir: tempfile::TempDir,
    path: String,
}

impl Sqlite {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("news.db").to_str().unwrap().to_string();
        Self { _dir: dir, path }
    }
}

impl Backend for Sqlite {
    fn sink(&self) -> Box<dyn RecordSink> {
        open_sink(&self.path).unwrap()
    }
    fn db(&self) -> Database {
        Database::open(&self.path).unwrap()
    }
    fn target(&self) -> String {
        self.path.clone()
    }
    fn counter(&self) -> Box<dyn FnMut(&str) -> i64> {
        let conn = rusqlite::Connection::open(&self.path).unwrap();
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .unwrap();
        Box::new(move |sql| conn.query_row(sql, [], |r| r.get(0)).unwrap())
    }
    fn execute(&self, sql: &str) {
        let conn = rusqlite::Connection::open(&self.path).unwrap();
        conn.execute_batch(sql).unwrap();
    }
    fn downgrade_to_1(&self) -> &'static str {
        "ALTER TABLE money DROP COLUMN repeat_of;
         DROP INDEX articles_body_hash;
         DROP INDEX articles_simhash_band0;
         DROP INDEX articles_simhash_band1;
         DROP INDEX articles_simhash_band2;
         DROP INDEX articles_simhash_band3;
         ALTER TABLE articles DROP COLUMN body_hash;
         ALTER TABLE articles DROP COLUMN simhash;
         ALTER TABLE articles DROP COLUMN duplicate_of;
         ALTER TABLE articles DROP COLUMN duplicate_kind;
         ALTER TABLE articles DROP COLUMN duplicate_similarity;
         DELETE FROM schema_migrations WHERE version >= 2;
         PRAGMA user_version = 1;"
    }
    fn schema_version(&self) -> i64 {
        union_news::sink::sqlite::SCHEMA_VERSION
    }
}

/// A fresh schema `un_test_<pid>_<n>` on the server `UNION_NEWS_TEST_PG` names, dropped at
/// the end.
///
/// The PostgreSQL tests are compiled as ignored unless the variable was set when they were
/// built (`build.rs` sets the `pg_tests` cfg), so that `cargo test` without it lists them as
/// ignored, by name. When they do run, an unset variable or an unreachable server fails
/// them loudly: the variable says a server is expected.
struct Postgres {
    config: String,
    schema: String,
}

static SCHEMA_SEQ: AtomicUsize = AtomicUsize::new(0);

impl Postgres {
    /// Connects to the server and makes a fresh schema name; panics, with the cause, when
    /// the variable is unset or the server cannot be reached.
    fn new() -> Self {
        let config = match std::env::var("UNION_NEWS_TEST_PG") {
            Ok(config) if !config.is_empty() => config,
            _ => panic!(
                "UNION_NEWS_TEST_PG is not set: it must name the PostgreSQL server of the \
                 PostgreSQL tests (e.g. host=127.0.0.1 port=5432 user=postgres dbname=test)"
            ),
        };
        let n = SCHEMA_SEQ.fetch_add(1, Ordering::SeqCst);
        let schema = format!("un_test_{}_{n}", std::process::id());
        let mut client =
            postgres::Client::connect(&config, postgres::NoTls).unwrap_or_else(|err| {
                panic!(
                    "PostgreSQL unreachable at UNION_NEWS_TEST_PG={config:?}: {}",
                    error_chain(&err)
                )
            });
        client
            .batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
            .unwrap();
        Self { config, schema }
    }

    fn client(&self) -> postgres::Client {
        let mut client = postgres::Client::connect(&self.config, postgres::NoTls).unwrap();
        client
            .batch_execute(&format!("SET search_path TO {}", self.schema))
            .unwrap();
        client
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        if let Ok(mut client) = postgres::Client::connect(&self.config, postgres::NoTls) {
            let _ = client.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.schema));
        }
    }
}

impl Backend for Postgres {
    fn sink(&self) -> Box<dyn RecordSink> {
        Box::new(PostgresSink::connect(&self.config, Some(&self.schema)).unwrap())
    }
    fn db(&self) -> Database {
        Database::from_postgres(self.client())
    }
    fn target(&self) -> String {
        pg_url(&self.config, &self.schema)
    }
    fn counter(&self) -> Box<dyn FnMut(&str) -> i64> {
        let mut client = self.client();
        Box::new(move |sql| client.query_one(sql, &[]).unwrap().get(0))
    }
    fn execute(&self, sql: &str) {
        self.client().batch_execute(sql).unwrap();
    }
    fn downgrade_to_1(&self) -> &'static str {
        "ALTER TABLE articles DROP COLUMN body_hash, DROP COLUMN simhash,
             DROP COLUMN duplicate_of, DROP COLUMN duplicate_kind,
             DROP COLUMN duplicate_similarity;
         ALTER TABLE money DROP COLUMN repeat_of,
             ALTER COLUMN amount TYPE DOUBLE PRECISION,
             ALTER COLUMN amount_max TYPE DOUBLE PRECISION;
         ALTER TABLE organization_mentions
             ADD FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE,
             ADD FOREIGN KEY (organization_id) REFERENCES organizations (id);
         ALTER TABLE money
             ADD FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE,
             ADD FOREIGN KEY (organization_id) REFERENCES organizations (id);
         ALTER TABLE events
             ADD FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE,
             ADD FOREIGN KEY (organizer_id) REFERENCES organizations (id);
         ALTER TABLE dates ADD FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE;
         ALTER TABLE member_counts
             ADD FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE,
             ADD FOREIGN KEY (organization_id) REFERENCES organizations (id);
         ALTER TABLE people ADD FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE;
         ALTER TABLE person_roles
             ADD FOREIGN KEY (article_id, person_ord) REFERENCES people (article_id, ord) ON DELETE CASCADE,
             ADD FOREIGN KEY (organization_id) REFERENCES organizations (id);
         ALTER TABLE event_participants
             ADD FOREIGN KEY (article_id, event_ord) REFERENCES events (article_id, ord) ON DELETE CASCADE;
         DELETE FROM schema_migrations WHERE version >= 2;"
    }
    fn schema_version(&self) -> i64 {
        i64::from(union_news::sink::postgres::SCHEMA_VERSION)
    }
}

/// A `postgres://` URL for the command line's `--db`, from the variable's value (a URL or a
/// libpq `key=value` string) and a schema.
fn pg_url(config: &str, schema: &str) -> String {
    if config.starts_with("postgres://") || config.starts_with("postgresql://") {
        let sep = if config.contains('?') { '&' } else { '?' };
        return format!("{config}{sep}schema={schema}");
    }
    let mut pairs = std::collections::HashMap::new();
    for pair in config.split_whitespace() {
        if let Some((key, value)) = pair.split_once('=') {
            pairs.insert(key, value.trim_matches('\''));
        }
    }
    let user = pairs.get("user").copied().unwrap_or("postgres");
    let password = pairs
        .get("password")
        .map(|p| format!(":{p}"))
        .unwrap_or_default();
    let host = pairs.get("host").copied().unwrap_or("127.0.0.1");
    let port = pairs
        .get("port")
        .map(|p| format!(":{p}"))
        .unwrap_or_default();
    let dbname = pairs.get("dbname").copied().unwrap_or(user);
    format!("postgres://{user}{password}@{host}{port}/{dbname}?schema={schema}")
}

/// An error with its sources, `: `-separated.
fn error_chain(err: &dyn std::error::Error) -> String {
    let mut out = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        out.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    out
}

fn scalar(db: &mut Database, sql: &str) -> Value {
    let (_, rows) = db.query(sql).unwrap();
    rows.into_iter()
        .next()
        .and_then(|r| r.into_iter().next())
        .unwrap_or(Value::Null)
}

fn int(db: &mut Database, sql: &str) -> i64 {
    match scalar(db, sql) {
        Value::Int(n) => n,
        other => panic!("{sql}: {other:?}"),
    }
}

const TABLES: &[&str] = &[
    "articles",
    "organizations",
    "organization_mentions",
    "dates",
    "money",
    "member_counts",
    "people",
    "person_roles",
    "events",
    "event_participants",
];

fn row_counts(db: &mut Database) -> Vec<(&'static str, i64)> {
    TABLES
        .iter()
        .map(|t| (*t, int(db, &format!("SELECT COUNT(*) FROM {t}"))))
        .collect()
}

const EXPECTED_COUNTS: &[(&str, i64)] = &[
    ("articles", 3),
    ("organizations", 5),
    ("organization_mentions", 10),
    ("dates", 8),
    ("money", 6),
    ("member_counts", 7),
    ("people", 1),
    ("person_roles", 3),
    ("events", 4),
    ("event_participants", 2),
];

fn load_and_reload(backend: &dyn Backend) {
    let records = corpus();
    let stats = backend.sink().write_batch(&records).unwrap();
    assert_eq!(
        stats,
        LoadStats {
            articles: 3,
            inserted: 3,
            replaced: 0,
            unchanged: 0,
            rows: 41,
        }
    );
    let mut db = backend.db();
    assert_eq!(row_counts(&mut db), EXPECTED_COUNTS);

    // The same records again, from a new connection: nothing changes.
    let stats = backend.sink().write_batch(&records).unwrap();
    assert_eq!((stats.inserted, stats.replaced, stats.unchanged), (0, 0, 3));
    assert_eq!(row_counts(&mut db), EXPECTED_COUNTS);
    // Migrations are recorded once each.
    assert_eq!(
        int(&mut db, "SELECT COUNT(*) FROM schema_migrations"),
        backend.schema_version()
    );
}

fn changed_article_replaced(backend: &dyn Backend) {
    let mut sink = backend.sink();
    sink.write_batch(&corpus()).unwrap();
    // A new extraction of 001: its last amount and last count dropped, content changed.
    let mut changed = seed_001();
    changed.money.pop();
    changed.member_counts.pop();
    changed.source.content_sha256 = "f".repeat(64);
    let stats = sink.write_batch(&[changed]).unwrap();
    assert_eq!((stats.inserted, stats.replaced, stats.unchanged), (0, 1, 0));
    let mut db = backend.db();
    let counts = row_counts(&mut db);
    let expected: Vec<(&str, i64)> = EXPECTED_COUNTS
        .iter()
        .map(|&(t, n)| match t {
            "money" | "member_counts" => (t, n - 1),
            _ => (t, n),
        })
        .collect();
    assert_eq!(counts, expected);
    assert_eq!(
        int(
            &mut db,
            "SELECT COUNT(*) FROM money WHERE article_id = '001_2422e51105c7a8e3'"
        ),
        2
    );
    assert_eq!(
        scalar(
            &mut db,
            "SELECT content_sha256 FROM articles WHERE id = '001_2422e51105c7a8e3'"
        ),
        Value::Text("f".repeat(64))
    );
    assert_eq!(orphan_rows(&mut db), 0);

    // 004, which has rows in every mention table, replaced by a record with no mentions at
    // all: every mention table loses its rows.
    // (organizations, the shared dimension, are never deleted with an article)
    let mention_tables: Vec<&str> = EXPECTED_COUNTS
        .iter()
        .map(|(t, _)| *t)
        .filter(|t| !matches!(*t, "articles" | "organizations"))
        .collect();
    let rows_of_004 = |db: &mut Database, table: &str| {
        int(
            db,
            &format!("SELECT COUNT(*) FROM {table} WHERE article_id = '004_b1920f945a03011b'"),
        )
    };
    for table in &mention_tables {
        assert!(rows_of_004(&mut db, table) > 0, "004 has no {table}");
    }
    let mut bare = seed_004();
    bare.dates.clear();
    bare.money.clear();
    bare.member_counts.clear();
    bare.organizations.clear();
    bare.people.clear();
    bare.events.clear();
    bare.source.content_sha256 = "d".repeat(64);
    sink.write_batch(&[bare]).unwrap();
    let mut db = backend.db();
    for table in &mention_tables {
        assert_eq!(rows_of_004(&mut db, table), 0, "{table}");
    }
    assert_eq!(orphan_rows(&mut db), 0);
}

/// Rows that point at nothing: a mention whose article, person, event or organization is not
/// stored (what foreign keys would refuse; the PostgreSQL loader keeps it so without them).
fn orphan_rows(db: &mut Database) -> i64 {
    let mut total = 0;
    for table in [
        "organization_mentions",
        "dates",
        "money",
        "member_counts",
        "people",
        "events",
    ] {
        total += int(
            db,
            &format!(
                "SELECT COUNT(*) FROM {table} t WHERE NOT EXISTS \
                 (SELECT 1 FROM articles a WHERE a.id = t.article_id)"
            ),
        );
    }
    for (table, column) in [
        ("organization_mentions", "organization_id"),
        ("money", "organization_id"),
        ("member_counts", "organization_id"),
        ("person_roles", "organization_id"),
        ("events", "organizer_id"),
    ] {
        total += int(
            db,
            &format!(
                "SELECT COUNT(*) FROM {table} t WHERE t.{column} IS NOT NULL AND NOT EXISTS \
                 (SELECT 1 FROM organizations o WHERE o.id = t.{column})"
            ),
        );
    }
    total += int(
        db,
        "SELECT COUNT(*) FROM person_roles r WHERE NOT EXISTS \
         (SELECT 1 FROM people p WHERE p.article_id = r.article_id AND p.ord = r.person_ord)",
    );
    total += int(
        db,
        "SELECT COUNT(*) FROM event_participants x WHERE NOT EXISTS \
         (SELECT 1 FROM events e WHERE e.article_id = x.article_id AND e.ord = x.event_ord)",
    );
    total
}

fn failing_record_rolls_back_batch(backend: &dyn Backend) {
    let mut sink = backend.sink();
    sink.write_batch(&[seed_001()]).unwrap();
    // A batch: a changed 001, then a record the database rejects, then 004.
    let mut changed = seed_001();
    changed.money.clear();
    changed.source.content_sha256 = "e".repeat(64);
    let err = sink
        .write_batch(&[changed, broken(seed_002()), seed_004()])
        .unwrap_err();
    assert!(err.is_database(), "{err}");
    let message = err.to_string();
    assert!(
        message.contains("check") || message.contains("CHECK"),
        "{message}"
    );
    // Nothing of the batch is stored: 001 keeps its old rows, 004 and 002 are absent.
    let mut db = backend.db();
    assert_eq!(int(&mut db, "SELECT COUNT(*) FROM articles"), 1);
    assert_eq!(int(&mut db, "SELECT COUNT(*) FROM money"), 3);
    assert_eq!(int(&mut db, "SELECT COUNT(*) FROM member_counts"), 3);
    assert_eq!(
        scalar(&mut db, "SELECT content_sha256 FROM articles"),
        Value::Text(seed_001().source.content_sha256)
    );
    // The sink is still usable after the failed batch.
    let stats = sink.write_batch(&[seed_004()]).unwrap();
    assert_eq!(stats.inserted, 1);
    assert_eq!(int(&mut db, "SELECT COUNT(*) FROM articles"), 2);
}

fn find_row<'t>(table: &'t Table, key: &[(&str, Value)]) -> &'t [Value] {
    table
        .rows
        .iter()
        .find(|row| {
            key.iter()
                .all(|(col, v)| row[table.column(col).unwrap()] == *v)
        })
        .unwrap_or_else(|| panic!("{}: no row {key:?} in {:?}", table.name, table.rows))
}

fn get(table: &Table, row: &[Value], col: &str) -> Value {
    row[table.column(col).unwrap()].clone()
}

fn text(s: &str) -> Value {
    Value::Text(s.into())
}

fn report_totals(backend: &dyn Backend) {
    backend.sink().write_batch(&corpus()).unwrap();
    let mut db = backend.db();
    let tables = report::standard(&mut db, &Options::default()).unwrap();
    let [money, members, events] = &tables[..] else {
        panic!("three tables")
    };

    check_money_totals(money);
    check_member_totals(members);
    check_event_totals(events);
    check_grouped_totals(&mut db);
    check_attribution_basis_and_links(&mut db);
}

/// The money table of the corpus: totals per organization and year.
fn check_money_totals(money: &Table) {
    // 001: 500 + 375 million after "LĐLĐ quận Thanh Khê" in a sentence dated 2023; "hơn 40
    // triệu" has no organization in its sentence: the article's main organization (Thanh
    // Khê, 3 mentions), and no date in its sentence nor a publication date: year unknown.
    let row = find_row(
        money,
        &[
            ("organization", text(THANH_KHE)),
            ("year", Value::Int(2023)),
        ],
    );
    assert_eq!(get(money, row, "total").as_f64(), Some(8.75e8));
    assert_eq!(get(money, row, "amounts"), Value::Int(2));
    let row = find_row(
        money,
        &[("organization", text(THANH_KHE)), ("year", Value::Null)],
    );
    assert_eq!(get(money, row, "total").as_f64(), Some(4e7));
    // 004: "gần 60,8 tỷ" in a sentence dated "năm 2023", no organization in it: the main one.
    let row = find_row(money, &[("organization", text(HUNG_YEN))]);
    assert_eq!(get(money, row, "year"), Value::Int(2023));
    assert_eq!(get(money, row, "total").as_f64(), Some(6.08e10));
    // 002: the vague "hàng trăm nghìn tỷ" is left out; 273 million is Ứng Hòa's, in the
    // publication year.
    let row = find_row(money, &[("organization", text(UNG_HOA))]);
    assert_eq!(get(money, row, "year"), Value::Int(2023));
    assert_eq!(get(money, row, "total").as_f64(), Some(2.73e8));
    assert_eq!(money.rows.len(), 4);
}

/// The member-growth table of the corpus.
fn check_member_totals(members: &Table) {
    // Member growth: Hưng Yên 27,152 new members and 62 new unions (year: published 2024);
    // Thanh Khê 1,199 and 24 (no year).
    let row = find_row(members, &[("federation", text(HUNG_YEN))]);
    assert_eq!(get(members, row, "year"), Value::Int(2024));
    assert_eq!(get(members, row, "new_members"), Value::Int(27152));
    assert_eq!(get(members, row, "new_unions"), Value::Int(62));
    assert_eq!(get(members, row, "total_members"), Value::Int(167009));
    let row = find_row(members, &[("federation", text(THANH_KHE))]);
    assert_eq!(get(members, row, "new_members"), Value::Int(1199));
    assert_eq!(members.rows.len(), 2);
}

/// The events-by-month table of the corpus.
fn check_event_totals(events: &Table) {
    // Events: the 2002 signing has no date: the publication month.
    let expected = [
        ("(no month)", "support", 1),
        ("2023-11", "signing", 1),
        ("2024-01", "conference", 1),
        ("2024-02", "conference", 1),
    ];
    let got: Vec<(String, String, i64)> = events
        .rows
        .iter()
        .map(|r| match &r[..] {
            [Value::Text(m), Value::Text(t), Value::Int(n)] => (m.clone(), t.clone(), *n),
            other => panic!("{other:?}"),
        })
        .collect();
    let expected: Vec<(String, String, i64)> = expected
        .iter()
        .map(|(m, t, n)| (m.to_string(), t.to_string(), *n))
        .collect();
    assert_eq!(got, expected);
}

/// The `--by organization`, `--by event-type` and `--by month` reports of the corpus.
fn check_grouped_totals(db: &mut Database) {
    // --by organization: Thanh Khê has 3 resolved mentions, 915 million, 1,199 members.
    let by_org = report::grouped(db, By::Organization, &Options::default()).unwrap();
    let row = find_row(&by_org, &[("organization", text(THANH_KHE))]);
    assert_eq!(get(&by_org, row, "mentions"), Value::Int(3));
    assert_eq!(get(&by_org, row, "money_vnd").as_f64(), Some(9.15e8));
    assert_eq!(get(&by_org, row, "new_members"), Value::Int(1199));
    assert_eq!(get(&by_org, row, "events_organized"), Value::Int(2));
    // The unresolved "LĐLĐ huyện" is no organization.
    assert!(!by_org
        .rows
        .iter()
        .any(|r| r[0] == text("Liên đoàn Lao động huyện")));
    let by_type = report::grouped(db, By::EventType, &Options::default()).unwrap();
    let row = find_row(&by_type, &[("event_type", text("conference"))]);
    assert_eq!(get(&by_type, row, "events"), Value::Int(2));
    let by_month = report::grouped(db, By::Month, &Options::default()).unwrap();
    let row = find_row(&by_month, &[("month", text("2024-02"))]);
    assert_eq!(get(&by_month, row, "articles"), Value::Int(1));
    assert_eq!(get(&by_month, row, "new_members"), Value::Int(27152));
}

/// How each amount was attributed (the basis columns), and the participant and role links.
fn check_attribution_basis_and_links(db: &mut Database) {
    // How each amount was attributed, as the basis columns record it.
    let (_, basis) = db
        .query(
            "SELECT text, organization_basis, year_basis FROM money
             ORDER BY article_id, ord",
        )
        .unwrap();
    let basis: Vec<(Value, Value, Value)> = basis
        .into_iter()
        .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
        .collect();
    assert_eq!(
        basis,
        [
            ("500 triệu đồng", Some("sentence"), Some("sentence")),
            ("375 triệu đồng", Some("sentence"), Some("sentence")),
            ("hơn 40 triệu đồng", Some("article"), None),
            ("273 triệu đồng", Some("sentence"), Some("published")),
            (
                "hàng trăm nghìn tỷ đồng",
                Some("article"),
                Some("published")
            ),
            ("gần 60,8 tỷ đồng", Some("article"), Some("sentence")),
        ]
        .map(|(t, o, y)| (
            text(t),
            o.map_or(Value::Null, text),
            y.map_or(Value::Null, text)
        ))
    );

    // Links: the participant who is a person of the article, roles to organizations.
    assert_eq!(
        int(
            db,
            "SELECT COUNT(*) FROM event_participants WHERE person_ord IS NOT NULL"
        ),
        1
    );
    assert_eq!(
        int(
            db,
            "SELECT COUNT(*) FROM person_roles r JOIN organizations o ON o.id = r.organization_id"
        ),
        2
    );
}

/// An amount restated in one article counts once; the report says which attribution rule
/// applied, and `--attribution sentence` keeps only organizations named in the sentence.
fn restated_amounts_count_once(backend: &dyn Backend) {
    backend.sink().write_batch(&[dantri_3()]).unwrap();
    let mut db = backend.db();
    // The title's "50.000 tỷ" and the undated "gói tín dụng 50.000 tỷ" restate the one dated
    // 27/3; the undated 7.500 tỷ restates the one dated 26/12/2013.
    let (_, rows) = db
        .query("SELECT ord, repeat_of FROM money ORDER BY ord")
        .unwrap();
    let repeat_of: Vec<Value> = rows.into_iter().map(|r| r[1].clone()).collect();
    assert_eq!(
        repeat_of,
        [
            Value::Int(1),
            Value::Null,
            Value::Null,
            Value::Int(5),
            Value::Int(1),
            Value::Null,
            Value::Null
        ]
    );

    let money =
        report::table(&mut db, Query::MoneyByOrganizationYear, &Options::default()).unwrap();
    let rows: Vec<Vec<Value>> = money
        .rows
        .iter()
        .map(|row| {
            [
                "organization",
                "year",
                "amounts",
                "org_in_sentence",
                "total",
            ]
            .iter()
            .map(|c| get(&money, row, c))
            .collect()
        })
        .collect();
    // 2013: 7.500 + 42.000 tỷ; 2014: 50.000 + 3.000 tỷ; all by the article's one organization.
    assert_eq!(
        rows,
        [
            vec![
                text(THIEN_THANH),
                Value::Int(2013),
                Value::Int(2),
                Value::Int(0),
                Value::Float(4.95e13)
            ],
            vec![
                text(THIEN_THANH),
                Value::Int(2014),
                Value::Int(2),
                Value::Int(0),
                Value::Float(5.3e13)
            ],
        ]
    );
    assert!(
        money.notes.iter().any(|n| n.contains("main organization")),
        "{:?}",
        money.notes
    );
    let text_report = report::text(std::slice::from_ref(&money));
    assert!(
        text_report.contains("note: amounts: distinct amounts"),
        "{text_report}"
    );

    // Organizations named in the amount's sentence only: nothing is the company's.
    let sentence = Options {
        attribution: Attribution::Sentence,
    };
    let money = report::table(&mut db, Query::MoneyByOrganizationYear, &sentence).unwrap();
    let organizations: Vec<Value> = money
        .rows
        .iter()
        .map(|row| get(&money, row, "organization"))
        .collect();
    assert_eq!(
        organizations,
        [text("(unattributed)"), text("(unattributed)")]
    );
    let totals: Vec<Option<f64>> = money
        .rows
        .iter()
        .map(|row| get(&money, row, "total").as_f64())
        .collect();
    assert_eq!(totals, [Some(4.95e13), Some(5.3e13)]);
    let by_org = report::grouped(&mut db, By::Organization, &sentence).unwrap();
    let row = find_row(&by_org, &[("organization", text(THIEN_THANH))]);
    assert_eq!(get(&by_org, row, "money_vnd"), Value::Null);
    let by_org = report::grouped(&mut db, By::Organization, &Options::default()).unwrap();
    let row = find_row(&by_org, &[("organization", text(THIEN_THANH))]);
    assert_eq!(get(&by_org, row, "money_vnd").as_f64(), Some(1.025e14));
}

/// Migration 0002 computes, for rows stored before it, the same `repeat_of` as the loader.
fn migration_marks_restatements_as_the_loader_does(backend: &dyn Backend) {
    let mut records = full_corpus().to_vec();
    records.push(dantri_3_renamed());
    backend.sink().write_batch(&records).unwrap();
    let snapshot = |db: &mut Database| {
        db.query("SELECT article_id, ord, repeat_of FROM money ORDER BY article_id, ord")
            .unwrap()
            .1
    };
    let loaded = snapshot(&mut backend.db());
    let restated = loaded.iter().filter(|r| r[2] != Value::Null).count();
    assert!(restated >= 10, "{restated} restatements in {loaded:?}");

    backend.execute(backend.downgrade_to_1());
    // The report (read-only) refuses the old schema and says how to migrate it.
    let err = Database::open(&backend.target()).unwrap_err();
    assert!(
        err.to_string().contains(&format!(
            "schema version 1 is older than this union-news ({})",
            backend.schema_version()
        )),
        "{err}"
    );
    drop(backend.sink()); // applies the migrations after 1 again
    let mut db = backend.db();
    assert_eq!(snapshot(&mut db), loaded);
    assert_eq!(
        int(&mut db, "SELECT MAX(version) FROM schema_migrations"),
        backend.schema_version()
    );
}

/// The three example queries of the README (and docs/DATABASE.md), run on the seed corpus as
/// the library extracts it, give the outputs the README shows.
fn seed_corpus_example_queries(backend: &dyn Backend) {
    let queries = example_queries();
    backend.sink().write_batch(seed_corpus()).unwrap();
    let mut db = backend.db();
    let results: Vec<Vec<Vec<Value>>> =
        queries.iter().map(|sql| db.query(sql).unwrap().1).collect();
    let money: Vec<(Value, Value, Option<f64>, Value)> = results[0]
        .iter()
        .map(|r| (r[0].clone(), r[1].clone(), r[2].as_f64(), r[3].clone()))
        .collect();
    let expected_money = [
        (
            "Công ty Cổ phần hệ thống bệnh viện gia đình Việt Nam",
            None,
            303000000.0,
            2,
        ),
        ("Liên đoàn Lao động huyện Chương Mỹ", None, 195000000.0, 2),
        (
            "Liên đoàn Lao động quận Thanh Khê",
            Some(2023),
            875000000.0,
            2,
        ),
        ("Liên đoàn Lao động quận Thanh Khê", None, 40000000.0, 1),
        (
            "Liên đoàn Lao động tỉnh Hưng Yên",
            Some(2023),
            60800000000.0,
            1,
        ),
        (
            "Liên đoàn Lao động tỉnh Hưng Yên",
            Some(2024),
            100000000000.0,
            1,
        ),
    ]
    .map(|(org, year, total, n)| {
        (
            text(org),
            year.map_or(Value::Null, Value::Int),
            Some(total),
            Value::Int(n),
        )
    });
    assert_eq!(money, expected_money);
    assert_eq!(
        results[1],
        [vec![text(HUNG_YEN), text("Hưng Yên"), Value::Int(27152)]]
    );
    let events: Vec<(Value, Value)> = results[2]
        .iter()
        .map(|r| (r[0].clone(), r[1].clone()))
        .collect();
    let expected_events = [
        ("2023-05", 1),
        ("2023-11", 3),
        ("2023-12", 5),
        ("2024-01", 2),
        ("2024-02", 5),
    ]
    .map(|(month, n)| (text(month), Value::Int(n)));
    assert_eq!(events, expected_events);
}

/// The example queries: the `SELECT` blocks of the README's "Reporting database" section,
/// each also in docs/DATABASE.md.
fn example_queries() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let long = std::fs::read_to_string(root.join("docs/DATABASE.md")).unwrap();
    let section = readme
        .split("\n## ")
        .find(|s| s.starts_with("Reporting database"))
        .expect("README has a Reporting database section");
    let queries: Vec<String> = section
        .split("```sql\n")
        .skip(1)
        .filter_map(|block| block.split("```").next())
        .filter(|sql| sql.starts_with("SELECT"))
        .map(str::to_string)
        .collect();
    assert_eq!(queries.len(), 3, "{queries:?}");
    for sql in &queries {
        assert!(
            long.contains(sql.as_str()),
            "docs/DATABASE.md lacks the README's query:\n{sql}"
        );
    }
    queries
}

// ---------------------------------------------------------------------------------------
// SQLite.

#[test]
fn sqlite_load_and_reload() {
    load_and_reload(&Sqlite::new());
}

#[test]
fn sqlite_changed_article_replaced() {
    changed_article_replaced(&Sqlite::new());
}

#[test]
fn sqlite_failing_record_rolls_back_batch() {
    failing_record_rolls_back_batch(&Sqlite::new());
}

/// Issue 11: a database error keeps the driver's error, under its unchanged message.
#[test]
fn sqlite_rejected_record_keeps_the_driver_error() {
    let db = Sqlite::new();
    let mut sink = db.sink();
    let err = sink.write_batch(&[broken(seed_002())]).unwrap_err();
    assert!(err.to_string().contains("CHECK"), "{err}");
    let cause = err.database_cause().expect("the driver's error");
    assert!(
        cause.downcast_ref::<rusqlite::Error>().is_some(),
        "{cause:?}"
    );
}

#[test]
fn sqlite_report_totals() {
    report_totals(&Sqlite::new());
}

#[test]
fn sqlite_restated_amounts_count_once() {
    restated_amounts_count_once(&Sqlite::new());
}

#[test]
fn sqlite_migration_marks_restatements_as_the_loader_does() {
    migration_marks_restatements_as_the_loader_does(&Sqlite::new());
}

#[test]
fn sqlite_seed_corpus_example_queries() {
    seed_corpus_example_queries(&Sqlite::new());
}

/// A batch holding two copies of an id stores the last one.
fn repeated_id_in_one_batch(backend: &dyn Backend) {
    let mut sink = backend.sink();
    let mut second = seed_001();
    second.money.clear();
    let stats = sink.write_batch(&[seed_001(), second]).unwrap();
    assert_eq!((stats.inserted, stats.replaced), (1, 1));
    let mut db = backend.db();
    assert_eq!(int(&mut db, "SELECT COUNT(*) FROM money"), 0);
    assert_eq!(int(&mut db, "SELECT COUNT(*) FROM dates"), 4);
}

#[test]
fn sqlite_repeated_id_in_one_batch() {
    repeated_id_in_one_batch(&Sqlite::new());
}

/// Batches larger than a flush of pending rows (64 articles) and than a many-row INSERT
/// (32 rows) store every row.
#[test]
fn sqlite_large_batch_stores_every_row() {
    let backend = Sqlite::new();
    let records: Vec<Record> = (0..150)
        .flat_map(|n| {
            corpus().into_iter().map(move |mut r| {
                r.id = format!("{}-{n}", r.id);
                r
            })
        })
        .collect();
    let stats = backend.sink().write_batch(&records).unwrap();
    assert_eq!(stats.inserted, 450);
    let mut db = backend.db();
    let counts = row_counts(&mut db);
    let expected: Vec<(&str, i64)> = EXPECTED_COUNTS
        .iter()
        .map(|&(t, n)| (t, if t == "organizations" { n } else { n * 150 }))
        .collect();
    assert_eq!(counts, expected);
}

#[test]
fn sqlite_schema_is_versioned() {
    let backend = Sqlite::new();
    drop(SqliteSink::open(&backend.path).unwrap());
    drop(SqliteSink::open(&backend.path).unwrap());
    let conn = rusqlite::Connection::open(&backend.path).unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, union_news::sink::sqlite::SCHEMA_VERSION);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    // A database from a newer union-news is refused.
    conn.execute(
        "INSERT INTO schema_migrations (version, name) VALUES (99, 'future')",
        [],
    )
    .unwrap();
    let err = SqliteSink::open(&backend.path).unwrap_err();
    assert!(
        err.to_string().contains("schema version 99 is newer"),
        "{err}"
    );
}

#[test]
fn sqlite_report_needs_a_loaded_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing.db");
    assert!(Database::open(path.to_str().unwrap()).is_err());
}

// ---------------------------------------------------------------------------------------
// PostgreSQL.

#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set UNION_NEWS_TEST_PG to run against PostgreSQL"
)]
fn postgres_load_and_reload() {
    let pg = Postgres::new();
    load_and_reload(&pg);
}

#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set UNION_NEWS_TEST_PG to run against PostgreSQL"
)]
fn postgres_changed_article_replaced() {
    let pg = Postgres::new();
    changed_article_replaced(&pg);
}

#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set UNION_NEWS_TEST_PG to run against PostgreSQL"
)]
fn postgres_failing_record_rolls_back_batch() {
    let pg = Postgres::new();
    failing_record_rolls_back_batch(&pg);
}

/// Issue 11: a database error keeps the driver's error, under its unchanged message.
#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set UNION_NEWS_TEST_PG to run against PostgreSQL"
)]
fn postgres_rejected_record_keeps_the_driver_error() {
    let pg = Postgres::new();
    let mut sink = pg.sink();
    let err = sink.write_batch(&[broken(seed_002())]).unwrap_err();
    assert!(err.to_string().contains("check"), "{err}");
    let cause = err.database_cause().expect("the driver's error");
    let driver = cause.downcast_ref::<postgres::Error>();
    assert!(
        driver.is_some_and(|e| e.as_db_error().is_some()),
        "{cause:?}"
    );
}

#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set UNION_NEWS_TEST_PG to run against PostgreSQL"
)]
fn postgres_report_totals() {
    let pg = Postgres::new();
    report_totals(&pg);
}

#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set UNION_NEWS_TEST_PG to run against PostgreSQL"
)]
fn postgres_repeated_id_in_one_batch() {
    repeated_id_in_one_batch(&Postgres::new());
}

#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set UNION_NEWS_TEST_PG to run against PostgreSQL"
)]
fn postgres_restated_amounts_count_once() {
    restated_amounts_count_once(&Postgres::new());
}

#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set UNION_NEWS_TEST_PG to run against PostgreSQL"
)]
fn postgres_migration_marks_restatements_as_the_loader_does() {
    let pg = Postgres::new();
    migration_marks_restatements_as_the_loader_does(&pg);
    // Migration 0003 dropped the foreign keys the downgrade put back: the loader keeps the
    // integrity they checked (see `changed_article_replaced`).
    let mut db = pg.db();
    assert_eq!(
        int(
            &mut db,
            "SELECT COUNT(*) FROM pg_constraint WHERE contype = 'f' \
             AND connamespace = current_schema()::regnamespace"
        ),
        0
    );
}

#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set UNION_NEWS_TEST_PG to run against PostgreSQL"
)]
fn postgres_seed_corpus_example_queries() {
    seed_corpus_example_queries(&Postgres::new());
}

/// Every report table, in every format and with either attribution, is the same text on
/// SQLite and PostgreSQL for the whole corpus (vneconomy-1's dollars: 41186.34 on both; the
/// plain sums of doubles were 41186.4 and 41186.399999999994 before its two "0,06 USD" were
/// taken for one restated amount).
#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set UNION_NEWS_TEST_PG to run against PostgreSQL"
)]
fn postgres_report_matches_sqlite() {
    let (sqlite, pg) = (Sqlite::new(), Postgres::new());
    let mut records = full_corpus().to_vec();
    records.push(dantri_3_renamed());
    for backend in [&sqlite as &dyn Backend, &pg] {
        backend.sink().write_batch(&records).unwrap();
    }
    let (mut a, mut b) = (sqlite.db(), pg.db());
    let mut compared = 0;
    for attribution in [Attribution::Any, Attribution::Sentence] {
        let options = Options { attribution };
        for query in Query::ALL {
            let ta = report::table(&mut a, query, &options).unwrap();
            let tb = report::table(&mut b, query, &options).unwrap();
            assert!(!ta.rows.is_empty(), "{}", ta.name);
            assert_eq!(
                report::text(std::slice::from_ref(&ta)),
                report::text(std::slice::from_ref(&tb))
            );
            assert_eq!(report::csv(&ta), report::csv(&tb));
            assert_eq!(report::json(&[ta]), report::json(&[tb]));
            compared += 1;
        }
    }
    assert_eq!(compared, 12);
    // The sum that used to differ in the last digits: 88.38 + 0.06 + 86.9 + 100 + 40911
    // (the article's amounts, attributed to the agency it names since agencies written with
    // no place are read: "Cục Dự trữ Liên bang Mỹ").
    let money = report::table(&mut b, Query::MoneyByOrganizationYear, &Options::default()).unwrap();
    let row = find_row(
        &money,
        &[
            ("organization", text("Cục Dự trữ Liên bang Mỹ")),
            ("year", Value::Int(2022)),
            ("currency", text("USD")),
        ],
    );
    assert_eq!(get(&money, row, "total"), Value::Float(41186.34));
}

/// NUMERIC values (the PostgreSQL amounts) are read as numbers.
#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set UNION_NEWS_TEST_PG to run against PostgreSQL"
)]
fn postgres_numeric_values() {
    let pg = Postgres::new();
    drop(pg.sink());
    let mut db = pg.db();
    let (_, rows) = db
        .query(
            "SELECT 41186.4::numeric, -0.06::numeric, 500000000::numeric, 0::numeric,
                    123456789012345678::numeric, 0.00012::numeric, NULL::numeric,
                    12345678901234567890123::numeric, 1e30::numeric, 'NaN'::numeric",
        )
        .unwrap();
    let mut row = rows.into_iter().next().unwrap();
    let nan = row.pop();
    assert!(
        matches!(nan, Some(Value::Float(f)) if f.is_nan()),
        "{nan:?}"
    );
    assert_eq!(
        row,
        [
            Value::Float(41186.4),
            Value::Float(-0.06),
            Value::Int(500000000),
            Value::Int(0),
            Value::Int(123456789012345678),
            Value::Float(0.00012),
            Value::Null,
            Value::Float(1.2345678901234568e22),
            Value::Float(1e30),
        ]
    );
}

// ---------------------------------------------------------------------------------------
// The command line.

fn union_news() -> Command {
    Command::new(env!("CARGO_BIN_EXE_union-news"))
}

#[test]
fn cli_load_reports_a_bad_line_and_loads_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("records.jsonl");
    let db = dir.path().join("news.db");
    let records = corpus();
    let mut jsonl = String::new();
    jsonl.push_str(&serde_json::to_string(&records[0]).unwrap());
    jsonl.push_str("\n{\"id\": \"broken\", \"text\": \n");
    jsonl.push_str(&serde_json::to_string(&records[1]).unwrap());
    jsonl.push('\n');
    jsonl.push_str(&serde_json::to_string(&broken(records[2].clone())).unwrap());
    jsonl.push('\n');
    std::fs::write(&input, jsonl).unwrap();

    let out = union_news()
        .args([
            "load",
            input.to_str().unwrap(),
            "--db",
            db.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(
        lines[0].starts_with(&format!("{}:2: malformed JSON", input.display())),
        "{stderr}"
    );
    assert!(
        lines[1].starts_with(&format!("{}:4: database", input.display())),
        "{stderr}"
    );
    assert_eq!(
        lines.last(),
        Some(&"4 inputs, 2 records, 2 errors"),
        "{stderr}"
    );

    // The report sees the two good articles.
    let out = union_news()
        .args(["report", "--db", db.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let money = json["money_by_organization_year"].as_array().unwrap();
    assert_eq!(money.len(), 3, "{money:?}");
    let out = union_news()
        .args([
            "report",
            "--db",
            db.to_str().unwrap(),
            "--by",
            "event-type",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "event_type,events,articles,first_month,last_month,with_organizer\r\n\
         conference,2,2,2024-01,2024-02,2\r\n\
         support,1,1,,,1\r\n"
    );
}

/// A `load` process killed (SIGKILL) in the middle of a run: only whole batches are stored,
/// every stored article with all its rows; the next run completes the load.
fn killed_load_leaves_whole_batches(backend: &dyn Backend) {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("records.jsonl");
    // 3,000 articles (the three seeds under new ids), loaded 50 per transaction.
    let mut jsonl = String::new();
    for n in 0..1000 {
        for mut record in corpus() {
            record.id = format!("{}-{n}", record.id);
            jsonl.push_str(&serde_json::to_string(&record).unwrap());
            jsonl.push('\n');
        }
    }
    std::fs::write(&input, jsonl).unwrap();
    // Make the schema first, so that the poll below can read while the load runs.
    drop(backend.sink());
    let target = backend.target();
    let load = || {
        let mut command = union_news();
        command
            .args(["load", input.to_str().unwrap(), "--db", &target])
            .args(["--batch-size", "50"])
            .stderr(std::process::Stdio::null());
        command
    };
    let mut child = load().spawn().unwrap();
    let mut count = backend.counter();
    // Kill it as soon as the first batches are in.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while count("SELECT COUNT(*) FROM articles") < 100 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    // PostgreSQL rolls the open transaction back when it notices the closed connection.
    std::thread::sleep(std::time::Duration::from_millis(200));

    let articles = count("SELECT COUNT(*) FROM articles");
    eprintln!("killed after {articles} of 3000 articles");
    assert!(articles >= 100, "{articles}");
    assert!(articles < 3000, "the load finished before it was killed");
    assert_eq!(
        articles % 50,
        0,
        "a batch was half-written: {articles} articles"
    );
    // Every stored article has all its rows.
    let all_rows = "SELECT (SELECT COUNT(*) FROM dates) + (SELECT COUNT(*) FROM money)
              + (SELECT COUNT(*) FROM member_counts) + (SELECT COUNT(*) FROM organization_mentions)
              + (SELECT COUNT(*) FROM people) + (SELECT COUNT(*) FROM person_roles)
              + (SELECT COUNT(*) FROM events) + (SELECT COUNT(*) FROM event_participants)";
    let per_seed: Vec<i64> = corpus()
        .iter()
        .map(|r| {
            (r.dates.len()
                + r.money.len()
                + r.member_counts.len()
                + r.organizations.len()
                + r.people.len()
                + r.people.iter().map(|p| p.roles.len()).sum::<usize>()
                + r.events.len()
                + r.events.iter().map(|e| e.participants.len()).sum::<usize>()) as i64
        })
        .collect();
    // The stored articles of each seed (PostgreSQL loads from two connections, each its own
    // share of the ids: the stored ones are whole batches, not a prefix of the input).
    let expected: i64 = corpus()
        .iter()
        .zip(&per_seed)
        .map(|(seed, rows)| {
            let stored = count(&format!(
                "SELECT COUNT(*) FROM articles WHERE id LIKE '{}-%'",
                seed.id
            ));
            stored * rows
        })
        .sum();
    assert_eq!(count(all_rows), expected);
    assert_eq!(
        count(
            "SELECT COUNT(*) FROM money m LEFT JOIN articles a ON a.id = m.article_id
             WHERE a.id IS NULL"
        ),
        0
    );

    // The next run completes it: the stored articles are skipped as unchanged.
    let out = load()
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{} new, 0 replaced, {articles} unchanged",
            3000 - articles
        )),
        "{stderr}"
    );
    assert_eq!(count("SELECT COUNT(*) FROM articles"), 3000);
    assert_eq!(count(all_rows), per_seed.iter().sum::<i64>() * 1000);
}

#[test]
fn sqlite_killed_load_leaves_whole_batches() {
    killed_load_leaves_whole_batches(&Sqlite::new());
}

#[test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set UNION_NEWS_TEST_PG to run against PostgreSQL"
)]
fn postgres_killed_load_leaves_whole_batches() {
    killed_load_leaves_whole_batches(&Postgres::new());
}

/// Loads the hand-built corpus into a fresh SQLite file; returns the directory and the path.
fn loaded_sqlite() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("news.db").to_str().unwrap().to_string();
    let mut records = corpus();
    records.push(dantri_3());
    open_sink(&path).unwrap().write_batch(&records).unwrap();
    (dir, path)
}

/// Fields of each line of RFC 4180 CSV (quoted fields may hold commas and quotes).
fn csv_rows(csv: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for line in csv.split_terminator("\r\n") {
        let mut fields = vec![String::new()];
        let mut quoted = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, quoted) {
                ('"', false) => quoted = true,
                ('"', true) if chars.peek() == Some(&'"') => {
                    chars.next();
                    fields.last_mut().unwrap().push('"');
                }
                ('"', true) => quoted = false,
                (',', false) => fields.push(String::new()),
                (c, _) => fields.last_mut().unwrap().push(c),
            }
        }
        rows.push(fields);
    }
    rows
}

#[test]
fn cli_report_csv_is_one_table() {
    let (_dir, db) = loaded_sqlite();
    // Several tables do not make one CSV: the command asks for one.
    let out = union_news()
        .args(["report", "--db", &db, "--format", "csv"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("--table money_by_organization_year"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());

    for args in [
        &["--table", "money_by_organization_year"][..],
        &["--table", "members_by_federation_year"],
        &["--table", "events_by_type_month"],
        &["--by", "organization"],
        &["--by", "month"],
        &["--by", "event-type"],
    ] {
        let out = union_news()
            .args(["report", "--db", &db, "--format", "csv"])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let csv = String::from_utf8(out.stdout).unwrap();
        let rows = csv_rows(&csv);
        assert!(rows.len() >= 2, "{args:?}: {csv}");
        assert!(
            rows.iter().all(|r| r.len() == rows[0].len()),
            "{args:?}: ragged CSV\n{csv}"
        );
        assert!(
            !csv.lines().any(|l| l.starts_with('#') || l.is_empty()),
            "{csv}"
        );
    }
    let out = union_news()
        .args(["report", "--db", &db, "--format", "csv"])
        .args(["--table", "money_by_organization_year", "--by", "month"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn cli_report_json_keeps_column_order() {
    let (_dir, db) = loaded_sqlite();
    let out = union_news()
        .args(["report", "--db", &db, "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let json = String::from_utf8(out.stdout).unwrap();
    // Tables in the report's order, keys in column order, as in the text table.
    let at = |needle: &str| {
        json.find(needle)
            .unwrap_or_else(|| panic!("{needle} not in {json}"))
    };
    assert!(at("\"money_by_organization_year\"") < at("\"members_by_federation_year\""));
    assert!(at("\"members_by_federation_year\"") < at("\"events_by_type_month\""));
    let first_row = &json[at("\"money_by_organization_year\"")..at("}")];
    let keys: Vec<&str> = first_row
        .lines()
        .skip(2)
        .filter_map(|l| l.trim().strip_prefix('"')?.split('"').next())
        .collect();
    assert_eq!(
        keys,
        [
            "organization",
            "year",
            "currency",
            "amounts",
            "org_in_sentence",
            "articles",
            "total"
        ]
    );
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(parsed.as_object().unwrap().len(), 3);
}

#[test]
fn cli_load_redacts_the_password_and_tells_why_it_cannot_connect() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("records.jsonl");
    std::fs::write(&input, serde_json::to_string(&seed_001()).unwrap() + "\n").unwrap();
    // Nothing listens on port 1 of the loopback address: the connection is refused.
    let url = "postgres://union:s3cret-pw@127.0.0.1:1/test?schema=x";
    for args in [
        vec!["load", input.to_str().unwrap(), "--db", url],
        vec!["report", "--db", url],
        vec!["extract", "-", "--db", url],
    ] {
        let out = union_news()
            .args(&args)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(!stderr.contains("s3cret-pw"), "{args:?}: {stderr}");
        assert!(
            stderr.contains("union:***@127.0.0.1:1"),
            "{args:?}: {stderr}"
        );
        assert!(
            stderr.to_lowercase().contains("connection refused"),
            "{args:?}: no cause in {stderr}"
        );
    }
    // A URL that does not parse is not echoed with its password either.
    let out = union_news()
        .args(["report", "--db", "postgres://union:s3cret-pw@[bad/test"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("s3cret-pw"), "{stderr}");
}
