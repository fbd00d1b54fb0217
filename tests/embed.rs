//! The embedding API: eval, globals, host functions, timeouts and
//! cancellation from another thread, several interpreters on one pool.

use std::sync::Arc;
use std::time::{Duration, Instant};

use spindle::{CaptureOutput, ErrorKind, Interpreter, Value};

fn captured() -> (Interpreter, Arc<CaptureOutput>) {
    let out = Arc::new(CaptureOutput::default());
    let interp = Interpreter::builder().output(out.clone()).build();
    (interp, out)
}

#[test]
fn eval_returns_values_and_keeps_globals() {
    let (interp, out) = captured();
    assert_eq!(interp.eval("1 + 2").unwrap().as_i64(), Some(3));
    interp.eval("x = 40\nprint('hi')").unwrap();
    assert_eq!(interp.eval("x + 2").unwrap().as_i64(), Some(42));
    assert_eq!(out.out.lock().as_str(), "hi\n");
    interp.set_global("name", "spindle");
    assert_eq!(
        interp.eval("name.upper()").unwrap().as_str(),
        Some("SPINDLE")
    );
    assert_eq!(interp.get_global("x").and_then(|v| v.as_i64()), Some(40));
}

#[test]
fn errors_carry_type_message_and_traceback() {
    let (interp, _out) = captured();
    let e = interp.eval("def f():\n    return 1 / 0\nf()").unwrap_err();
    assert_eq!(e.kind, ErrorKind::Exception);
    assert_eq!(e.exc_type, "ZeroDivisionError");
    assert_eq!(e.message, "ZeroDivisionError: division by zero");
    assert!(e.traceback.contains("in f"), "{}", e.traceback);
    let s = interp.eval("1 +").unwrap_err();
    assert_eq!(s.kind, ErrorKind::Syntax);
}

#[test]
fn goroutine_frames_appear_in_the_traceback() {
    let (interp, _out) = captured();
    let src = "import scriptling.threads as threads\n\
               def inner():\n    raise ValueError('bad')\n\
               def worker():\n    inner()\n\
               threads.run(worker).get()\n";
    let e = interp.eval(src).unwrap_err();
    assert_eq!(e.exc_type, "ValueError");
    assert!(
        e.traceback.contains("in worker") && e.traceback.contains("in inner"),
        "{}",
        e.traceback
    );
}

#[test]
fn eval_with_timeout_stops_running_and_parked_goroutines() {
    let (interp, _out) = captured();
    let src = "import scriptling.threads as threads\n\
               def spin():\n    while True:\n        pass\n\
               def park(q):\n    q.get()\n\
               q = threads.Queue()\n\
               for _ in range(4):\n    threads.run(spin)\n    threads.run(park, q)\n\
               while True:\n    pass\n";
    let t0 = Instant::now();
    let e = interp
        .eval_with_timeout(src, Duration::from_millis(100))
        .unwrap_err();
    let took = t0.elapsed();
    assert_eq!(e.kind, ErrorKind::Cancelled);
    assert!(took < Duration::from_secs(3), "took {:?}", took);
    // The interpreter is usable afterwards.
    assert_eq!(interp.eval("2 * 21").unwrap().as_i64(), Some(42));
}

#[test]
fn cancel_handle_stops_an_evaluation_from_another_thread() {
    let (interp, _out) = captured();
    let handle = interp.cancel_handle();
    let canceller = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.cancel();
    });
    let src = "import scriptling.threads as threads\n\
               q = threads.Queue()\n\
               def park(q):\n    q.get()\n\
               ps = [threads.run(park, q) for _ in range(100)]\n\
               import time\n\
               while True:\n    time.sleep(0.01)\n";
    let e = interp.eval(src).unwrap_err();
    canceller.join().unwrap();
    assert_eq!(e.kind, ErrorKind::Cancelled, "{}", e.traceback);
}

#[test]
fn several_interpreters_share_the_pool() {
    let handles: Vec<_> = (0..4)
        .map(|k| {
            std::thread::spawn(move || {
                let (interp, out) = captured();
                let src = format!(
                    "import scriptling.threads as threads\n\
                     def f(x):\n    return x * {k}\n\
                     print(sum(p.get() for p in [threads.run(f, i) for i in range(100)]))"
                );
                interp.eval(&src).unwrap();
                let text = out.out.lock().clone();
                text
            })
        })
        .collect();
    for (k, h) in handles.into_iter().enumerate() {
        assert_eq!(h.join().unwrap(), format!("{}\n", 4950 * k));
    }
}

#[test]
fn host_functions_may_block_and_panics_become_exceptions() {
    let (interp, out) = captured();
    interp.register_function("host_add", |args: &[Value]| {
        std::thread::sleep(Duration::from_millis(5));
        let a = args.first().and_then(|v| v.as_i64()).ok_or("need ints")?;
        let b = args.get(1).and_then(|v| v.as_i64()).ok_or("need ints")?;
        Ok(Value::Int(a + b))
    });
    interp.register_function("host_panic", |_args: &[Value]| -> Result<Value, String> {
        panic!("boom")
    });
    assert_eq!(interp.eval("host_add(40, 2)").unwrap().as_i64(), Some(42));
    let e = interp.eval("host_add('x', 1)").unwrap_err();
    assert_eq!(e.message, "RuntimeError: need ints");
    let e = interp.eval("host_panic()").unwrap_err();
    assert_eq!(e.exc_type, "RuntimeError");
    interp
        .eval("import scriptling.threads as threads\nprint(sum(p.get() for p in [threads.run(host_add, i, 1) for i in range(20)]))")
        .unwrap();
    assert_eq!(out.out.lock().as_str(), "210\n");
}

#[test]
fn libraries_and_calling_script_functions() {
    let (interp, _out) = captured();
    interp.register_library(
        "hostmath",
        vec![(
            "double",
            Arc::new(|a: &[Value]| Ok(Value::Int(a[0].as_i64().unwrap_or(0) * 2))),
        )],
    );
    interp
        .eval("import hostmath\ndef quad(x):\n    return hostmath.double(hostmath.double(x))")
        .unwrap();
    assert_eq!(
        interp.call("quad", vec![Value::Int(5)]).unwrap().as_i64(),
        Some(20)
    );
    assert_eq!(
        interp.call("missing", vec![]).unwrap_err().exc_type,
        "NameError"
    );
}
