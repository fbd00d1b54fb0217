//! spindle-runtime: placeholder until the runtime issue lands.
