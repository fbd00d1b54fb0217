//! `zlib`: deflate compression over flate2 (pure-Rust miniz backend):
//! one-shot `compress`/`decompress`, streaming `compressobj`/
//! `decompressobj`, `crc32`, `adler32`, with CPython's `wbits` rules (zlib
//! header for 9..15, raw deflate for -9..-15, gzip for 25..31, automatic
//! zlib-or-gzip for 40..47 on decompression).

use crate::object::Obj;
use std::io::Write;
use std::sync::OnceLock;

use flate2::{Compression, Decompress, FlushDecompress, Status};
use parking_lot::Mutex;

use crate::builtins::args::{arg_or_kw, int_arg};
use crate::exc::{self, PyErr};
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::{Class, NativeObj};
use crate::value::Value;
use crate::PyResult;

fn error(vm: &Vm, msg: String) -> PyErr {
    match vm.ctx.modules.get("zlib") {
        Some(Value::Module(m)) => match m.globals.get_by_name("error") {
            Some(Value::Class(c)) => PyErr::new(&c, vec![Value::string(msg)]),
            _ => exc::runtime_error(msg),
        },
        _ => exc::runtime_error(msg),
    }
}

fn data(vm: &mut Vm, v: Option<Value>, fname: &str) -> PyResult<Obj<Vec<u8>>> {
    match v {
        Some(v) => super::hashlib::buffer(vm, &v).map_err(|_| {
            exc::type_error(format!("{}() argument 1 must be bytes-like object", fname))
        }),
        None => Err(exc::type_error(format!(
            "{}() missing required argument 'data' (pos 1)",
            fname
        ))),
    }
}

fn level_of(v: Option<Value>) -> PyResult<Compression> {
    let level = match v {
        Some(v) => int_arg("compress", &v)?,
        None => -1,
    };
    match level {
        -1 => Ok(Compression::new(6)),
        0..=9 => Ok(Compression::new(level as u32)),
        _ => Err(exc::value_error("Bad compression level")),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Zlib,
    Raw,
    Gzip,
    Auto,
}

fn format_of(vm: &Vm, wbits: i64, decompress: bool) -> PyResult<Format> {
    Ok(match wbits {
        9..=15 | 0 => Format::Zlib,
        -15..=-9 => Format::Raw,
        25..=31 => Format::Gzip,
        40..=47 if decompress => Format::Auto,
        _ => {
            return Err(error(
                vm,
                if decompress {
                    "Error -2 while preparing to decompress data: inconsistent stream state".into()
                } else {
                    "Invalid initialization option".into()
                },
            ))
        }
    })
}

fn compress_all(fmt: Format, level: Compression, input: &[u8]) -> std::io::Result<Vec<u8>> {
    match fmt {
        Format::Zlib | Format::Auto => {
            let mut e = flate2::write::ZlibEncoder::new(Vec::new(), level);
            e.write_all(input)?;
            e.finish()
        }
        Format::Raw => {
            let mut e = flate2::write::DeflateEncoder::new(Vec::new(), level);
            e.write_all(input)?;
            e.finish()
        }
        Format::Gzip => {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), level);
            e.write_all(input)?;
            e.finish()
        }
    }
}

/// zlib's own message inside flate2's error text.
fn zmsg(s: &str) -> &str {
    s.rsplit(": ").next().unwrap_or(s)
}

/// `compress(data, /, level=-1, wbits=15)`.
fn compress(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let input = data(vm, arg_or_kw(args, 0, kw, "data"), "compress")?;
    let level = level_of(arg_or_kw(args, 1, kw, "level"))?;
    let wbits = match arg_or_kw(args, 2, kw, "wbits") {
        Some(v) => int_arg("compress", &v)?,
        None => 15,
    };
    let fmt = format_of(vm, wbits, false)?;
    compress_all(fmt, level, &input)
        .map(|v| Value::Bytes(v.into()))
        .map_err(|e| error(vm, format!("Error while compressing data: {}", e)))
}

/// Inflates `input` completely with the given format.
fn decompress_all(vm: &Vm, fmt: Format, input: &[u8]) -> PyResult<Vec<u8>> {
    let fmt = if fmt == Format::Auto {
        if input.starts_with(&[0x1f, 0x8b]) {
            Format::Gzip
        } else {
            Format::Zlib
        }
    } else {
        fmt
    };
    if fmt == Format::Gzip {
        let mut d = flate2::write::GzDecoder::new(Vec::new());
        d.write_all(input).and_then(|_| d.finish()).map_err(|e| {
            error(
                vm,
                format!(
                    "Error -3 while decompressing data: {}",
                    zmsg(&e.to_string())
                ),
            )
        })
    } else {
        let mut d = Decompress::new(fmt == Format::Zlib);
        let mut out = Vec::with_capacity(input.len() * 3 + 64);
        loop {
            let before_in = d.total_in() as usize;
            if out.len() == out.capacity() {
                out.reserve(out.capacity().max(1024));
            }
            let st = d
                .decompress_vec(&input[before_in..], &mut out, FlushDecompress::Finish)
                .map_err(|e| {
                    error(
                        vm,
                        format!(
                            "Error -3 while decompressing data: {}",
                            e.message().unwrap_or("invalid data")
                        ),
                    )
                })?;
            match st {
                Status::StreamEnd => return Ok(out),
                Status::Ok | Status::BufError => {
                    let consumed = d.total_in() as usize;
                    if consumed >= input.len() && out.len() < out.capacity() {
                        return Err(error(
                            vm,
                            "Error -5 while decompressing data: incomplete or truncated stream"
                                .into(),
                        ));
                    }
                }
            }
        }
    }
}

/// `decompress(data, /, wbits=15, bufsize=16384)`.
fn decompress(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let input = data(vm, arg_or_kw(args, 0, kw, "data"), "decompress")?;
    let wbits = match arg_or_kw(args, 1, kw, "wbits") {
        Some(v) => int_arg("decompress", &v)?,
        None => 15,
    };
    let fmt = format_of(vm, wbits, true)?;
    decompress_all(vm, fmt, &input).map(|v| Value::Bytes(v.into()))
}

/// `crc32(data, value=0)`.
fn crc32(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let input = data(vm, arg_or_kw(args, 0, kw, "data"), "crc32")?;
    let start = match arg_or_kw(args, 1, kw, "value") {
        Some(v) => int_arg("crc32", &v)? as u32,
        None => 0,
    };
    let mut crc = start as libz_sys::uLong;
    for chunk in input.chunks(1 << 30) {
        // SAFETY: the pointer and length describe `chunk`, a live slice.
        crc = unsafe { libz_sys::crc32(crc, chunk.as_ptr(), chunk.len() as libz_sys::uInt) };
    }
    Ok(Value::Int(crc as i64))
}

/// `adler32(data, value=1)`.
fn adler32(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let input = data(vm, arg_or_kw(args, 0, kw, "data"), "adler32")?;
    let start = match arg_or_kw(args, 1, kw, "value") {
        Some(v) => int_arg("adler32", &v)? as u32,
        None => 1,
    };
    let (mut a, mut b) = (start & 0xffff, start >> 16);
    for chunk in input.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    Ok(Value::Int(((b << 16) | a) as i64))
}

/// A streaming compressor (`compressobj`).
struct Compressor {
    state: Mutex<Option<flate2::Compress>>,
}

/// A streaming decompressor (`decompressobj`).
struct Decompressor {
    fmt: Format,
    state: Mutex<Option<Decompress>>,
    eof: Mutex<bool>,
    unused: Mutex<Vec<u8>>,
}

fn stream_class(name: &'static str, methods: &[(&str, crate::object::BuiltinFn)]) -> Obj<Class> {
    let c = crate::builtins::native_class(name, "zlib");
    crate::builtins::add_methods(&c, name, methods);
    c
}

fn compress_class() -> &'static Obj<Class> {
    static C: OnceLock<Obj<Class>> = OnceLock::new();
    C.get_or_init(|| stream_class("Compress", &[("compress", c_compress), ("flush", c_flush)]))
}

fn decompress_class() -> &'static Obj<Class> {
    static C: OnceLock<Obj<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = stream_class(
            "Decompress",
            &[("decompress", d_decompress), ("flush", d_flush)],
        );
        let mut d = c.dict.write();
        for (n, f) in [
            ("eof", d_eof as crate::object::BuiltinFn),
            ("unused_data", d_unused),
            ("unconsumed_tail", d_tail),
        ] {
            d.insert(crate::intern::intern(n), super::property(n, f));
        }
        drop(d);
        c
    })
}

fn new_compress(fmt: Format, level: Compression, wbits: i64) -> flate2::Compress {
    let bits = wbits.unsigned_abs().clamp(9, 15) as u8;
    match fmt {
        Format::Gzip => flate2::Compress::new_gzip(level, (wbits - 16).clamp(9, 15) as u8),
        Format::Raw => flate2::Compress::new_with_window_bits(level, false, bits),
        _ => flate2::Compress::new_with_window_bits(level, true, bits.max(9)),
    }
}

fn compressobj(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let level = level_of(arg_or_kw(args, 0, kw, "level"))?;
    let wbits = match arg_or_kw(args, 2, kw, "wbits") {
        Some(v) => int_arg("compressobj", &v)?,
        None => 15,
    };
    let fmt = format_of(vm, wbits, false)?;
    Ok(Value::Native(Obj::new(NativeObj {
        class: compress_class().clone(),
        data: Box::new(Compressor {
            state: Mutex::new(Some(new_compress(fmt, level, wbits))),
        }),
    })))
}

fn compressor(args: &[Value]) -> PyResult<&Compressor> {
    match args.first() {
        Some(Value::Native(n)) => n
            .data
            .downcast_ref::<Compressor>()
            .ok_or_else(|| exc::type_error("expected a Compress object")),
        _ => Err(exc::type_error("expected a Compress object")),
    }
}

/// Runs the compressor over `input` with `flush` until it has taken all
/// input (and, when finishing, produced the end of the stream).
fn deflate(
    vm: &Vm,
    c: &mut flate2::Compress,
    input: &[u8],
    flush: flate2::FlushCompress,
) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len() / 2 + 64);
    let start = c.total_in();
    loop {
        if out.len() == out.capacity() {
            out.reserve(out.capacity().max(256));
        }
        let done = (c.total_in() - start) as usize;
        let st = c
            .compress_vec(&input[done..], &mut out, flush)
            .map_err(|e| error(vm, format!("Error -2 while compressing data: {}", e)))?;
        let all_in = (c.total_in() - start) as usize >= input.len();
        match st {
            Status::StreamEnd => return Ok(out),
            _ if all_in && out.len() < out.capacity() => return Ok(out),
            _ => {}
        }
    }
}

fn c_compress(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let c = compressor(args)?;
    let input = data(vm, args.get(1).cloned(), "compress")?;
    let mut g = c.state.lock();
    let Some(st) = g.as_mut() else {
        return Err(error(
            vm,
            "Error -2 while compressing data: inconsistent stream state".into(),
        ));
    };
    let out = deflate(vm, st, &input, flate2::FlushCompress::None)?;
    Ok(Value::Bytes(out.into()))
}

fn c_flush(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let c = compressor(args)?;
    let mode = match arg_or_kw(&args[1.min(args.len())..], 0, kw, "mode") {
        Some(v) => int_arg("flush", &v)?,
        None => 4,
    };
    let flush = match mode {
        0 => return Ok(Value::Bytes(Vec::new().into())),
        1 => flate2::FlushCompress::Partial,
        2 => flate2::FlushCompress::Sync,
        3 => flate2::FlushCompress::Full,
        _ => flate2::FlushCompress::Finish,
    };
    let mut g = c.state.lock();
    let Some(st) = g.as_mut() else {
        return Err(error(
            vm,
            "Error -2 while flushing: inconsistent stream state".into(),
        ));
    };
    let out = deflate(vm, st, &[], flush)?;
    if mode >= 4 {
        g.take();
    }
    Ok(Value::Bytes(out.into()))
}

fn decompressobj(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let wbits = match arg_or_kw(args, 0, kw, "wbits") {
        Some(v) => int_arg("decompressobj", &v)?,
        None => 15,
    };
    let fmt = format_of(vm, wbits, true)?;
    let state = match fmt {
        Format::Raw => Some(Decompress::new_with_window_bits(
            false,
            wbits.unsigned_abs().clamp(9, 15) as u8,
        )),
        Format::Zlib => Some(Decompress::new(true)),
        Format::Gzip => Some(Decompress::new_gzip((wbits - 16).clamp(9, 15) as u8)),
        // Chosen from the first bytes.
        Format::Auto => None,
    };
    Ok(Value::Native(Obj::new(NativeObj {
        class: decompress_class().clone(),
        data: Box::new(Decompressor {
            fmt,
            state: Mutex::new(state),
            eof: Mutex::new(false),
            unused: Mutex::new(Vec::new()),
        }),
    })))
}

fn decompressor(args: &[Value]) -> PyResult<&Decompressor> {
    match args.first() {
        Some(Value::Native(n)) => n
            .data
            .downcast_ref::<Decompressor>()
            .ok_or_else(|| exc::type_error("expected a Decompress object")),
        _ => Err(exc::type_error("expected a Decompress object")),
    }
}

fn d_decompress(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let d = decompressor(args)?;
    let input = data(vm, args.get(1).cloned(), "decompress")?;
    if *d.eof.lock() {
        d.unused.lock().extend_from_slice(&input);
        return Ok(Value::Bytes(Vec::new().into()));
    }
    let mut g = d.state.lock();
    if g.is_none() {
        if d.fmt == Format::Auto && input.is_empty() {
            return Ok(Value::Bytes(Vec::new().into()));
        }
        *g = Some(if input.starts_with(&[0x1f, 0x8b]) {
            Decompress::new_gzip(15)
        } else {
            Decompress::new(true)
        });
    }
    let st = g.as_mut().expect("set above");
    let mut out = Vec::with_capacity(input.len() * 3 + 64);
    let start = st.total_in();
    loop {
        if out.len() == out.capacity() {
            out.reserve(out.capacity().max(1024));
        }
        let done = (st.total_in() - start) as usize;
        let r = st
            .decompress_vec(&input[done..], &mut out, FlushDecompress::None)
            .map_err(|e| {
                error(
                    vm,
                    format!(
                        "Error -3 while decompressing data: {}",
                        e.message().unwrap_or("invalid data")
                    ),
                )
            })?;
        let consumed = (st.total_in() - start) as usize;
        if r == Status::StreamEnd {
            *d.eof.lock() = true;
            d.unused.lock().extend_from_slice(&input[consumed..]);
            break;
        }
        if consumed >= input.len() && out.len() < out.capacity() {
            break;
        }
    }
    Ok(Value::Bytes(out.into()))
}

fn d_flush(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    decompressor(args)?;
    Ok(Value::Bytes(Vec::new().into()))
}

fn d_eof(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::bool(*decompressor(args)?.eof.lock()))
}

fn d_unused(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::Bytes(
        decompressor(args)?.unused.lock().clone().into(),
    ))
}

fn d_tail(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::Bytes(Vec::new().into()))
}

pub fn module() -> Value {
    let error_class = super::exception_class("error", "zlib", &crate::types::types().exception);
    super::native_module(
        "zlib",
        &[
            ("compress", compress),
            ("decompress", decompress),
            ("compressobj", compressobj),
            ("decompressobj", decompressobj),
            ("crc32", crc32),
            ("adler32", adler32),
        ],
        vec![
            ("error", Value::Class(error_class)),
            ("MAX_WBITS", Value::Int(15)),
            ("DEFLATED", Value::Int(8)),
            ("DEF_MEM_LEVEL", Value::Int(8)),
            ("DEF_BUF_SIZE", Value::Int(16384)),
            ("Z_NO_COMPRESSION", Value::Int(0)),
            ("Z_BEST_SPEED", Value::Int(1)),
            ("Z_BEST_COMPRESSION", Value::Int(9)),
            ("Z_DEFAULT_COMPRESSION", Value::Int(-1)),
            ("Z_FILTERED", Value::Int(1)),
            ("Z_HUFFMAN_ONLY", Value::Int(2)),
            ("Z_RLE", Value::Int(3)),
            ("Z_FIXED", Value::Int(4)),
            ("Z_DEFAULT_STRATEGY", Value::Int(0)),
            ("Z_NO_FLUSH", Value::Int(0)),
            ("Z_PARTIAL_FLUSH", Value::Int(1)),
            ("Z_SYNC_FLUSH", Value::Int(2)),
            ("Z_FULL_FLUSH", Value::Int(3)),
            ("Z_FINISH", Value::Int(4)),
            ("Z_BLOCK", Value::Int(5)),
            ("ZLIB_VERSION", Value::str("1.2.13")),
            ("ZLIB_RUNTIME_VERSION", Value::str("1.2.13")),
        ],
    )
}
