//! spindle-vm
