//! `hashlib`: md5, sha1, sha2, sha3, shake and blake2 over the RustCrypto
//! digest crates, with CPython's names, sizes, hash-object API and errors.

use crate::object::Obj;
use std::sync::OnceLock;

use blake2::digest::{ExtendableOutput, Update, VariableOutput};
use parking_lot::Mutex;

use crate::builtins::args::{arg_or_kw, int_arg};
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::{Class, NativeObj};
use crate::types::type_name;
use crate::value::Value;
use crate::PyResult;

macro_rules! fixed_digests {
    ($($v:ident($t:ty) = $name:literal, $block:literal;)*) => {
        /// A fixed-size digest state, by algorithm.
        #[derive(Clone)]
        enum Fixed {
            $($v($t),)*
        }

        impl Fixed {
            fn update(&mut self, data: &[u8]) {
                match self {
                    $(Fixed::$v(d) => sha2::Digest::update(d, data),)*
                }
            }

            fn finalize(self) -> Vec<u8> {
                match self {
                    $(Fixed::$v(d) => sha2::Digest::finalize(d).to_vec(),)*
                }
            }

            fn output_size(&self) -> usize {
                match self {
                    $(Fixed::$v(_) => <$t as sha2::Digest>::output_size(),)*
                }
            }
        }

        /// A new state for a fixed-size algorithm: (name, block size, state).
        fn fixed(name: &str) -> Option<(&'static str, usize, Fixed)> {
            match name {
                $($name => Some(($name, $block, Fixed::$v(<$t>::default()))),)*
                _ => None,
            }
        }
    };
}

fixed_digests! {
    Md5(md5::Md5) = "md5", 64;
    Sha1(sha1::Sha1) = "sha1", 64;
    Sha224(sha2::Sha224) = "sha224", 64;
    Sha256(sha2::Sha256) = "sha256", 64;
    Sha384(sha2::Sha384) = "sha384", 128;
    Sha512(sha2::Sha512) = "sha512", 128;
    Sha512_224(sha2::Sha512_224) = "sha512_224", 128;
    Sha512_256(sha2::Sha512_256) = "sha512_256", 128;
    Sha3_224(sha3::Sha3_224) = "sha3_224", 144;
    Sha3_256(sha3::Sha3_256) = "sha3_256", 136;
    Sha3_384(sha3::Sha3_384) = "sha3_384", 104;
    Sha3_512(sha3::Sha3_512) = "sha3_512", 72;
}

/// The running state of one hash object.
#[derive(Clone)]
enum State {
    Fixed(Fixed),
    Blake2b(blake2::Blake2bVar),
    Blake2s(blake2::Blake2sVar),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
}

struct Hash {
    name: &'static str,
    block_size: usize,
    digest_size: usize,
    state: Mutex<State>,
}

const GUARANTEED: &[&str] = &[
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha512",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "shake_128",
    "shake_256",
    "blake2b",
    "blake2s",
];

fn hash_class() -> &'static Obj<Class> {
    static C: OnceLock<Obj<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = crate::builtins::native_class("HASH", "_hashlib");
        crate::builtins::add_methods(
            &c,
            "HASH",
            &[
                ("update", update),
                ("digest", digest),
                ("hexdigest", hexdigest),
                ("copy", copy),
                ("__repr__", repr),
            ],
        );
        let mut d = c.dict.write();
        for (n, f) in [
            ("name", name as crate::object::BuiltinFn),
            ("digest_size", digest_size),
            ("block_size", block_size),
        ] {
            d.insert(crate::intern::intern(n), super::property(n, f));
        }
        drop(d);
        c
    })
}

fn this(args: &[Value]) -> PyResult<&Hash> {
    match args.first() {
        Some(Value::Native(n)) => n
            .data
            .downcast_ref::<Hash>()
            .ok_or_else(|| exc::type_error("expected a hash object")),
        _ => Err(exc::type_error("expected a hash object")),
    }
}

/// The bytes of a bytes-like argument (bytes, bytearray, memoryview).
pub fn buffer(vm: &mut Vm, v: &Value) -> PyResult<Obj<Vec<u8>>> {
    match v {
        Value::Bytes(b) => Ok(b.clone()),
        Value::Str(_) => Err(exc::type_error("Strings must be encoded before hashing")),
        Value::Instance(_) if vm.lookup_special(v, "__bytes__").is_some() => {
            let t = Value::Class(crate::types::types().bytes.clone());
            match vm.call(&t, std::slice::from_ref(v))? {
                Value::Bytes(b) => Ok(b),
                _ => Err(exc::type_error("object supporting the buffer API required")),
            }
        }
        other => Err(exc::type_error(format!(
            "object supporting the buffer API required, not '{}'",
            type_name(other)
        ))),
    }
}

fn feed(state: &mut State, data: &[u8]) {
    match state {
        State::Fixed(d) => d.update(data),
        State::Blake2b(d) => d.update(data),
        State::Blake2s(d) => d.update(data),
        State::Shake128(d) => d.update(data),
        State::Shake256(d) => d.update(data),
    }
}

/// The digest of a copy of the state (`length` for shake).
fn finish(state: &State, length: Option<usize>) -> Vec<u8> {
    match state.clone() {
        State::Fixed(d) => d.finalize().to_vec(),
        State::Blake2b(d) => {
            let mut out = vec![0; d.output_size()];
            let _ = d.finalize_variable(&mut out);
            out
        }
        State::Blake2s(d) => {
            let mut out = vec![0; d.output_size()];
            let _ = d.finalize_variable(&mut out);
            out
        }
        State::Shake128(d) => {
            let mut out = vec![0; length.unwrap_or(0)];
            d.finalize_xof_into(&mut out);
            out
        }
        State::Shake256(d) => {
            let mut out = vec![0; length.unwrap_or(0)];
            d.finalize_xof_into(&mut out);
            out
        }
    }
}

fn wrap(h: Hash) -> Value {
    Value::Native(Obj::new(NativeObj {
        class: hash_class().clone(),
        data: Box::new(h),
    }))
}

fn update(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let h = this(args)?;
    let data = match args.get(1) {
        Some(v) => buffer(vm, v)?,
        None => {
            return Err(exc::type_error(
                "update() takes exactly one argument (0 given)",
            ))
        }
    };
    feed(&mut h.state.lock(), &data);
    Ok(Value::None)
}

fn shake_length(h: &Hash, args: &[Value], kw: Kwargs) -> PyResult<Option<usize>> {
    if h.name.starts_with("shake") {
        let n = match arg_or_kw(&args[1..], 0, kw, "length") {
            Some(v) => int_arg("digest", &v)?,
            None => {
                return Err(exc::type_error(
                    "digest() missing required argument 'length' (pos 1)",
                ))
            }
        };
        if n < 0 {
            return Err(exc::value_error("length must be non-negative"));
        }
        if n > 1 << 30 {
            return Err(exc::memory_error(""));
        }
        return Ok(Some(n as usize));
    }
    Ok(None)
}

fn digest(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let h = this(args)?;
    let len = shake_length(h, args, kw)?;
    let out = finish(&h.state.lock(), len);
    Ok(Value::Bytes(out.into()))
}

fn hexdigest(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let h = this(args)?;
    let len = shake_length(h, args, kw)?;
    let out = finish(&h.state.lock(), len);
    let mut s = String::with_capacity(out.len() * 2);
    for b in out {
        s.push_str(&format!("{:02x}", b));
    }
    Ok(Value::string(s))
}

fn copy(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let h = this(args)?;
    let state = h.state.lock().clone();
    Ok(wrap(Hash {
        name: h.name,
        block_size: h.block_size,
        digest_size: h.digest_size,
        state: Mutex::new(state),
    }))
}

fn repr(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let h = this(args)?;
    Ok(Value::string(format!("<{} _hashlib.HASH object>", h.name)))
}

fn name(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::str(this(args)?.name))
}

fn digest_size(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::Int(this(args)?.digest_size as i64))
}

fn block_size(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::Int(this(args)?.block_size as i64))
}

/// A new hash object of algorithm `alg` fed with `data`.
fn make(vm: &mut Vm, alg: &str, data: Option<&Value>, kw: Kwargs) -> PyResult {
    let lower = alg.to_ascii_lowercase().replace('-', "_");
    let (name, block, size, state): (&'static str, usize, usize, State) = if let Some((n, b, d)) =
        fixed(&lower)
    {
        let size = d.output_size();
        (n, b, size, State::Fixed(d))
    } else {
        match lower.as_str() {
            "blake2b" | "blake2s" => {
                let big = lower == "blake2b";
                let max = if big { 64 } else { 32 };
                let size = match kw.iter().find(|(k, _)| &**k == "digest_size") {
                    Some((_, v)) => int_arg("blake2", v)?,
                    None => max as i64,
                };
                if size < 1 || size > max as i64 {
                    return Err(exc::value_error(format!(
                        "digest_size must be between 1 and {} bytes",
                        max
                    )));
                }
                for (k, v) in kw.iter() {
                    let empty = matches!(v, Value::Bytes(b) if b.is_empty());
                    if matches!(&**k, "key" | "salt" | "person") && !empty {
                        return Err(exc::value_error(format!(
                            "{}: keyed, salted and personalised BLAKE2 are not available in Spindle",
                            k
                        )));
                    }
                }
                let size = size as usize;
                if big {
                    let d = blake2::Blake2bVar::new(size)
                        .map_err(|_| exc::value_error("invalid digest_size"))?;
                    ("blake2b", 128, size, State::Blake2b(d))
                } else {
                    let d = blake2::Blake2sVar::new(size)
                        .map_err(|_| exc::value_error("invalid digest_size"))?;
                    ("blake2s", 64, size, State::Blake2s(d))
                }
            }
            "shake_128" => ("shake_128", 168, 0, State::Shake128(Default::default())),
            "shake_256" => ("shake_256", 136, 0, State::Shake256(Default::default())),
            _ => return Err(exc::value_error(format!("unsupported hash type {}", alg))),
        }
    };
    let mut state = state;
    if let Some(d) = data {
        let bytes = buffer(vm, d)?;
        feed(&mut state, &bytes);
    }
    Ok(wrap(Hash {
        name,
        block_size: block,
        digest_size: size,
        state: Mutex::new(state),
    }))
}

/// The data argument (`string` is its other name) of a constructor.
fn data_arg(args: &[Value], kw: Kwargs) -> Option<Value> {
    arg_or_kw(args, 0, kw, "data")
        .or_else(|| arg_or_kw(&[], 0, kw, "string"))
        .filter(|v| !v.is_none())
}

macro_rules! constructors {
    ($($f:ident => $alg:literal,)*) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
                let data = data_arg(args, kw);
                make(vm, $alg, data.as_ref(), kw)
            }
        )*
        const CONSTRUCTORS: &[(&str, crate::object::BuiltinFn)] = &[$((stringify!($f), $f),)*];
    };
}

constructors! {
    md5 => "md5",
    sha1 => "sha1",
    sha224 => "sha224",
    sha256 => "sha256",
    sha384 => "sha384",
    sha512 => "sha512",
    sha3_224 => "sha3_224",
    sha3_256 => "sha3_256",
    sha3_384 => "sha3_384",
    sha3_512 => "sha3_512",
    shake_128 => "shake_128",
    shake_256 => "shake_256",
    blake2b => "blake2b",
    blake2s => "blake2s",
}

/// `hashlib.new(name, data=b'')`.
fn new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let alg = match arg_or_kw(args, 0, kw, "name") {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(exc::type_error(format!(
                "new() argument 'name' must be str, not {}",
                type_name(&other)
            )))
        }
        None => {
            return Err(exc::type_error(
                "new() missing required argument 'name' (pos 1)",
            ))
        }
    };
    let data = arg_or_kw(&args[1.min(args.len())..], 0, kw, "data")
        .or_else(|| arg_or_kw(&[], 0, kw, "string"))
        .filter(|v| !v.is_none());
    make(vm, &alg, data.as_ref(), kw)
}

/// HMAC of `msg` under `key` with a fresh `alg` state (RFC 2104).
fn hmac(alg: &str, key: &[u8], msg: &[u8]) -> Option<Vec<u8>> {
    let (_, block, mut inner) = fixed(alg)?;
    let (_, _, mut outer) = fixed(alg)?;
    let mut k = if key.len() > block {
        let (_, _, mut d) = fixed(alg)?;
        d.update(key);
        d.finalize().to_vec()
    } else {
        key.to_vec()
    };
    k.resize(block, 0);
    let ipad: Vec<u8> = k.iter().map(|b| b ^ 0x36).collect();
    let opad: Vec<u8> = k.iter().map(|b| b ^ 0x5c).collect();
    inner.update(&ipad);
    inner.update(msg);
    let ih = inner.finalize();
    outer.update(&opad);
    outer.update(&ih);
    Some(outer.finalize().to_vec())
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
fn pbkdf2_hmac(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let get = |i: usize, n: &str| arg_or_kw(args, i, kw, n);
    let alg = match get(0, "hash_name") {
        Some(Value::Str(s)) => s.as_str().to_ascii_lowercase(),
        _ => {
            return Err(exc::type_error(
                "pbkdf2_hmac() argument 'hash_name' must be str",
            ))
        }
    };
    let password = match get(1, "password") {
        Some(v) => buffer(vm, &v)?,
        None => {
            return Err(exc::type_error(
                "pbkdf2_hmac() missing required argument 'password'",
            ))
        }
    };
    let salt = match get(2, "salt") {
        Some(v) => buffer(vm, &v)?,
        None => {
            return Err(exc::type_error(
                "pbkdf2_hmac() missing required argument 'salt'",
            ))
        }
    };
    let iterations = match get(3, "iterations") {
        Some(v) => int_arg("pbkdf2_hmac", &v)?,
        None => {
            return Err(exc::type_error(
                "pbkdf2_hmac() missing required argument 'iterations'",
            ))
        }
    };
    if iterations < 1 {
        return Err(exc::value_error("iteration value must be greater than 0."));
    }
    let Some((_, _, probe)) = fixed(&alg) else {
        return Err(exc::value_error(format!("unsupported hash type {}", alg)));
    };
    let hlen = probe.output_size();
    let dklen = match get(4, "dklen") {
        None | Some(Value::None) => hlen,
        Some(v) => {
            let n = int_arg("pbkdf2_hmac", &v)?;
            if n < 1 {
                return Err(exc::value_error("key length must be greater than 0."));
            }
            if n > 1 << 30 {
                return Err(exc::overflow_error("key length is too great."));
            }
            n as usize
        }
    };
    let mut out = Vec::with_capacity(dklen);
    let mut block: u32 = 1;
    while out.len() < dklen {
        let mut msg = salt.to_vec();
        msg.extend_from_slice(&block.to_be_bytes());
        let mut u = hmac(&alg, &password, &msg).expect("known algorithm");
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac(&alg, &password, &u).expect("known algorithm");
            for (a, b) in t.iter_mut().zip(&u) {
                *a ^= b;
            }
        }
        out.extend_from_slice(&t);
        block += 1;
    }
    out.truncate(dklen);
    Ok(Value::Bytes(out.into()))
}

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let mut fns: Vec<(&str, crate::object::BuiltinFn)> = CONSTRUCTORS.to_vec();
    fns.push(("new", new));
    fns.push(("pbkdf2_hmac", pbkdf2_hmac));
    let names = || GUARANTEED.iter().map(|n| Value::str(n)).collect::<Vec<_>>();
    let guaranteed = vm.new_frozenset(names())?;
    let available = vm.new_frozenset(names())?;
    Ok(super::native_module(
        "hashlib",
        &fns,
        vec![
            ("algorithms_guaranteed", guaranteed),
            ("algorithms_available", available),
        ],
    ))
}
