//! The one integration-test binary: a module per area.

mod accuracy;
mod cases;
mod crawl;
mod db;
mod docs;
mod fuzz;
mod html;
mod orgs;
mod pipeline;
mod reliability;
mod warc;
