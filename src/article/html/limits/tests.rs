//! Tests of the parser bounds: ordinary pages pass, each bound cuts where it should, and
//! tokenizer corners do not hide tags from the estimate.

use super::*;

#[test]
fn ordinary_pages_are_not_cut() {
    let page = "<!doctype html><html><head><title>a <div></title><script>var s = '<div><div>';</script></head>\
        <body><!-- <div> --><div class=\"a\" data-x='>'><p>Một<br>hai<p>ba<img src=x /></div></body></html>";
    assert_eq!(cut_point(page), None);
}

#[test]
fn nesting_deeper_than_the_bound_is_cut_at_the_first_tag_too_deep() {
    let page = "<div>".repeat(MAX_DEPTH + 5);
    assert_eq!(
        cut_point(&page),
        Some(Cut {
            at: 5 * MAX_DEPTH,
            reason: "elements nested too deep"
        })
    );
    // Closed elements do not add up.
    assert_eq!(cut_point(&"<div>x</div>".repeat(3 * MAX_DEPTH)), None);
    // Nor do paragraphs and list items left open.
    assert_eq!(cut_point(&"<p>x<li>y".repeat(3 * MAX_DEPTH)), None);
}

#[test]
fn a_tag_with_too_many_attributes_is_cut() {
    let attributes: String = (0..=MAX_ATTRIBUTES)
        .map(|i| format!(" a{i}=\"x y\""))
        .collect();
    let page = format!("<p>x</p><div{attributes}>y</div>");
    assert_eq!(cut_point(&page).map(|c| c.at), Some(8));
    let fewer: String = (0..MAX_ATTRIBUTES)
        .map(|i| format!(" a{i}=\"x y\""))
        .collect();
    assert_eq!(cut_point(&format!("<div{fewer}>y</div>")), None);
}

fn depth_cut(unit: &str) -> bool {
    cut_point(&unit.repeat(2 * MAX_DEPTH)).is_some_and(|c| c.reason == "elements nested too deep")
}

#[test]
fn too_many_open_formatting_elements_are_cut_before_they_blow_up_memory() {
    let opened: String = (0..1000).map(|i| format!("<b a={i}>")).collect();
    let page = format!(
        "<html><body><p>{opened}</p>{}</body></html>",
        "<p>Công đoàn".repeat(100)
    );
    let cut = cut_point(&page);
    let at = "<html><body><p>".len()
        + (0..MAX_FORMATTING)
            .map(|i| format!("<b a={i}>").len())
            .sum::<usize>();
    assert_eq!(
        cut,
        Some(Cut {
            at,
            reason: "too many formatting elements left open"
        })
    );
    // Closed ones, identical ones (the parser keeps three) and ones left open in table
    // cells do not add up.
    assert_eq!(cut_point(&"<b a=1>x</b><i>y</i>".repeat(1000)), None);
    assert_eq!(cut_point(&"<p><font face=Arial>x".repeat(1000)), None);
    assert_eq!(
        cut_point(&format!(
            "<table>{}</table>",
            "<tr><td><b a=1><i a=2>x".repeat(1000)
        )),
        None
    );
}

#[test]
fn a_div_written_self_closing_still_opens_and_counts() {
    assert!(depth_cut("<div/>"));
    assert!(depth_cut("<DIV class='a/>'/>"));
    // In SVG it closes itself; an HTML element there ends the SVG.
    assert_eq!(
        cut_point(&format!(
            "<svg>{}</svg>",
            "<path d=x/>".repeat(3 * MAX_DEPTH)
        )),
        None
    );
    assert!(depth_cut("<svg><div/>"));
}

#[test]
fn an_unmatched_end_tag_does_not_close_a_level() {
    assert!(depth_cut("<div></span>"));
    assert!(depth_cut("<span></form>"));
    assert!(depth_cut("<div></ div>"));
    assert!(depth_cut("<div></divx>"));
    // A "</span>" does not close past a "<div>", nor "</b>" past a block.
    assert!(depth_cut("<span><div></span>"));
    assert!(depth_cut("<b><div></b>"));
    // Matched ones do, through inline elements left open.
    assert_eq!(
        cut_point(&"<div><span><i>x</div>".repeat(3 * MAX_DEPTH)),
        None
    );
}

#[test]
fn an_empty_comment_does_not_hide_the_rest_of_the_page() {
    assert!(depth_cut("<!-->x<div>"));
    assert!(cut_point(&format!("<!-->{}", "<div>".repeat(2 * MAX_DEPTH))).is_some());
    assert!(cut_point(&format!("<!--->{}", "<div>".repeat(2 * MAX_DEPTH))).is_some());
    assert!(cut_point(&format!("<!-- x --!>{}-->", "<div>".repeat(2 * MAX_DEPTH))).is_some());
    // A real comment still hides its content.
    assert_eq!(
        cut_point(&format!("<!-- {} -->", "<div>".repeat(2 * MAX_DEPTH))),
        None
    );
}

#[test]
fn other_tokenizer_corners_do_not_hide_tags() {
    // A "<" that starts no tag is text, not a tag up to the next ">".
    assert!(depth_cut("< <div>"));
    assert!(depth_cut("<3<div>"));
    // Doctype, processing instruction, bogus comments and CDATA end at the first ">".
    assert!(depth_cut("<!DOCTYPE html><div>"));
    assert!(depth_cut("<?x ?><div>"));
    assert!(depth_cut("<!x><div>"));
    assert!(depth_cut("<![CDATA[x]]><div>"));
    assert!(depth_cut("</ x><div>"));
    // A ">" inside a quoted value does not end the tag.
    assert!(depth_cut("<DIV title='a>b' data-x=\"<\">"));
    // In a script, "<!--<script></script>" does not end it; "</scriptx" neither.
    let page = format!(
        "<script><!--<script></script>{}--></script>",
        "<div>".repeat(2 * MAX_DEPTH)
    );
    assert_eq!(cut_point(&page), None);
    let page = format!(
        "<script></scriptx>{}</script>",
        "<div>".repeat(2 * MAX_DEPTH)
    );
    assert_eq!(cut_point(&page), None);
    // A script's end closes it; what follows counts.
    assert!(depth_cut("<script><!-- x --></script><div>"));
    // A title in SVG is not raw text.
    assert!(cut_point(&format!("<svg><title>{}", "<g>".repeat(2 * MAX_DEPTH))).is_some());
}
