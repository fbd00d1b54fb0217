//! parked: K goroutines all parked in Queue.get at once, then fed K items.
//! Twin of shared/bench/go/parked.go (whose receivers park in an unbuffered
//! channel). Run: parked [K] [stackless|stackful]   (default 10000 stackless)
//! Expected output: "parked k=K sum=K*(K-1)/2"; peak RSS goes to stderr.
//!
//! `stackless` is how the VM parks a goroutine from bytecode (no native
//! stack kept); `stackful` keeps each goroutine's coroutine stack.
use std::task::Poll;

use spindle_runtime::{Atomic, Queue, Runtime, Scope, Step, WaitGroup};

fn main() {
    let mut args = std::env::args().skip(1);
    let k: i64 = args.next().map_or(10_000, |a| a.parse().unwrap());
    let stackful = args.next().as_deref() == Some("stackful");
    let rt = Runtime::new().unwrap();
    let s = Scope::new(&rt);
    let q = Queue::<i64>::unbounded();
    let counter = Atomic::new(0);
    let wg = WaitGroup::new();
    let started = Atomic::new(0);
    for _ in 0..k {
        wg.add(1).unwrap();
        let (q, c, wg, st) = (q.clone(), counter.clone(), wg.clone(), started.clone());
        if stackful {
            s.spawn(move || {
                st.add(1).unwrap();
                c.add(q.get().unwrap()).unwrap();
                wg.done().unwrap();
            });
        } else {
            let mut first = true;
            s.spawn_poll(move |cx| {
                if first {
                    first = false;
                    st.add(1).unwrap();
                }
                match q.poll_get(cx, None) {
                    Poll::Ready(v) => {
                        c.add(v.unwrap()).unwrap();
                        wg.done().unwrap();
                        Step::Ready(())
                    }
                    Poll::Pending => Step::Pending,
                }
            });
        }
    }
    // Same as the Go twin: wait until all started, then until all parked.
    while started.get() < k {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    while rt.stats().parks < k as u64 {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    for i in 0..k {
        q.put(i).unwrap();
    }
    wg.wait().unwrap();
    println!("parked k={k} sum={}", counter.get());
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    if let Some(l) = status.lines().find(|l| l.starts_with("VmHWM")) {
        eprintln!("{l}");
    }
}
