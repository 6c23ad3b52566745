//! cargo-fuzz target `entities`: the target of that name in examples/fuzz/targets/.
#![no_main]

#[allow(dead_code)]
#[path = "../../examples/fuzz/targets/mod.rs"]
mod targets;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let target = targets::find("entities").expect("target exists");
    if let Err(message) = (target.run)(data) {
        panic!("invariant: {message}");
    }
});
