//! Hashing with Python's rules: equal numbers hash equal across int, float
//! and bool (CPython's modulus 2**61 - 1 scheme, so `hash(5) == 5`), strings
//! and bytes hash with ahash under fixed seeds (reproducible runs).

use std::sync::OnceLock;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::value::Value;

const MODULUS: u64 = (1 << 61) - 1;
const HASH_INF: i64 = 314159;

fn hasher() -> &'static ahash::RandomState {
    static H: OnceLock<ahash::RandomState> = OnceLock::new();
    H.get_or_init(|| {
        ahash::RandomState::with_seeds(0x5350_494e, 0x444c_4521, 0x7363_7269, 0x7074_6c6e)
    })
}

/// Hash of raw bytes (str and bytes payloads).
pub fn hash_bytes(b: &[u8]) -> u64 {
    hasher().hash_one(b)
}

/// Python's hash of an i64.
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python's hash of a big integer.
pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = (b.abs() % BigInt::from(MODULUS)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Python's hash of a float (`_Py_HashDouble`).
pub fn hash_f64(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v.is_nan() {
        return 0;
    }
    if v.fract() == 0.0 && v.abs() < 9.2e18 {
        return hash_i64(v as i64);
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let h = (x as i64) * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// Why a value has no native hash.
#[derive(Debug)]
pub enum NoHash {
    /// Unhashable type (list, dict, set): TypeError.
    Unhashable,
    /// Needs the interpreter (an instance with `__hash__`).
    NeedsVm,
}

/// CPython's tuple hash (xxHash-based) over the items' hashes, computed
/// with an explicit stack so that deeply nested tuples cannot overflow the
/// native stack.
fn hash_tuple_native(items: &[Value]) -> Result<u64, NoHash> {
    const SEED: u64 = 2870177450012600261;
    fn mix(acc: u64, lane: u64) -> u64 {
        acc.wrapping_add(lane.wrapping_mul(14029467366897019727))
            .rotate_left(31)
            .wrapping_mul(11400714785074694791)
    }
    fn finish(acc: u64, len: usize) -> u64 {
        acc.wrapping_add((len as u64) ^ (SEED ^ 3527539))
    }
    // (items, next index, accumulator) per tuple being hashed.
    let mut stack: Vec<(&[Value], usize, u64)> = vec![(items, 0, SEED)];
    loop {
        let top = stack.last_mut().expect("non-empty");
        let (its, i) = (top.0, top.1);
        if i == its.len() {
            let (its, _, acc) = stack.pop().expect("non-empty");
            let h = finish(acc, its.len());
            match stack.last_mut() {
                None => return Ok(h),
                Some(parent) => parent.2 = mix(parent.2, h),
            }
            continue;
        }
        top.1 += 1;
        match &its[i] {
            Value::Tuple(t) => stack.push((&t.items, 0, SEED)),
            item => {
                let lane = hash_native(item)?;
                let top = stack.last_mut().expect("non-empty");
                top.2 = mix(top.2, lane);
            }
        }
    }
}

/// The hash of a value, when computing it needs no script code.
pub fn hash_native(v: &Value) -> Result<u64, NoHash> {
    Ok(match v {
        Value::None => 0x4e6f_6e65,
        Value::Bool(b) => b.get() as u64,
        Value::Int(i) => hash_i64(*i) as u64,
        Value::BigInt(b) => hash_bigint(b) as u64,
        Value::Float(f) => hash_f64(f.get()) as u64,
        Value::Str(s) => s.hash(),
        Value::Bytes(b) => hash_bytes(b),
        Value::Tuple(t) => hash_tuple_native(&t.items)?,
        Value::FrozenSet(s) => {
            // CPython's frozenset_hash: an order-independent xor of the
            // shuffled entry hashes, then the size and a final dispersal.
            let g = s.inner.lock();
            let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
            let mut h: u64 = 0;
            let mut n: u64 = 0;
            for e in g.iter() {
                h ^= shuffle(e.hash);
                n += 1;
            }
            h ^= (n + 1).wrapping_mul(1927868237);
            h ^= (h >> 11) ^ (h >> 25);
            h = h.wrapping_mul(69069).wrapping_add(907133923);
            if h == u64::MAX {
                h = 590923713;
            }
            h
        }
        Value::List(_) | Value::Dict(_) | Value::Set(_) => return Err(NoHash::Unhashable),
        Value::Instance(i) => {
            if has_user_hash(&i.class) {
                return Err(NoHash::NeedsVm);
            }
            v.arc_ptr().unwrap_or(0) as u64 >> 4
        }
        Value::Slice(_) => return Err(NoHash::Unhashable),
        Value::Native(_) if crate::builtins::complex::get(v).is_some() => {
            crate::builtins::complex::hash_complex(
                crate::builtins::complex::get(v).expect("checked"),
            ) as u64
        }
        // A bound method hashes by its receiver's identity and its function
        // (equal bound methods are distinct objects; see `eq_native`).
        Value::Method(m) => {
            let r = m.receiver.arc_ptr().map(|p| p as u64 >> 4).unwrap_or(0);
            let f = m.func.arc_ptr().map(|p| p as u64 >> 4).unwrap_or(0);
            r.rotate_left(17) ^ f
        }
        other => other.arc_ptr().unwrap_or(0x1234) as u64 >> 4,
    })
}

fn has_user_hash(c: &crate::object::Class) -> bool {
    // A class that defines __eq__ without __hash__ is unhashable; one with
    // __hash__ needs the interpreter. Both are decided by the VM.
    let user = |name: &str| {
        c.lookup(name)
            .is_some_and(|h| !matches!(h, Value::Builtin(_)))
    };
    !c.builtin && (user("__hash__") || user("__eq__") || c.kind != crate::object::ClassKind::Object)
}
