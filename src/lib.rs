//! spindle: embedding API
