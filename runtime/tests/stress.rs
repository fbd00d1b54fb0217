//! Migration stress: 100k goroutines, each parking and resuming many times,
//! woken from whichever worker runs the waker, stolen between workers. Exact
//! totals. Half the goroutines park stacklessly, half stackfully.
//!
//! Release-only at full size (about 1–3 s on 2 cores):
//!     cargo test --release -p spindle-runtime -- --ignored
//! In a debug build the same test runs at a tenth of the size.

#![cfg(not(loom))]

use std::task::Poll;

use spindle_runtime::*;

#[test]
#[ignore = "release-profile stress test: cargo test --release -p spindle-runtime -- --ignored"]
fn migration_stress() {
    let scale = if cfg!(debug_assertions) { 10 } else { 1 };
    // Rings of G goroutines passing one token around L laps: every hop is a
    // park of the receiver and a wake from the sender.
    const G: usize = 10;
    let rings = 10_000 / scale;
    let laps: u64 = if cfg!(debug_assertions) { 20 } else { 200 };
    let rt = Runtime::builder().workers(2).build().unwrap();
    let s = Scope::new(&rt);
    let hops = Atomic::new(0);
    let mut finals = Vec::new();
    for r in 0..rings {
        let qs: Vec<Queue<u64>> = (0..G).map(|_| Queue::bounded(1)).collect();
        for g in 0..G {
            let inbox = qs[g].clone();
            let next = qs[(g + 1) % G].clone();
            let hops = hops.clone();
            let first = g == 0;
            let stackless = (r + g) % 2 == 0;
            let p = if stackless {
                let mut lap = 0u64;
                let mut out: Option<u64> = None;
                let mut started = false;
                s.spawn_poll(move |cx| loop {
                    if !started {
                        started = true;
                        if first {
                            out = Some(0);
                        }
                    }
                    if out.is_some() {
                        match next.poll_put(cx, &mut out, None) {
                            Poll::Ready(r) => r.unwrap(),
                            Poll::Pending => return Step::Pending,
                        }
                        if first && lap == laps {
                            return Step::Ready(None);
                        }
                    }
                    if !first && lap == laps {
                        return Step::Ready(None);
                    }
                    match inbox.poll_get(cx, None) {
                        Poll::Ready(v) => {
                            let v = v.unwrap();
                            lap += 1;
                            hops.add(1).unwrap();
                            if first && lap == laps {
                                return Step::Ready(Some(v));
                            }
                            out = Some(v + 1);
                        }
                        Poll::Pending => return Step::Pending,
                    }
                    if cx.should_yield() {
                        return Step::Yield;
                    }
                })
            } else {
                s.spawn(move || {
                    if first {
                        next.put(0).unwrap();
                    }
                    let mut last = None;
                    for lap in 1..=laps {
                        let v = inbox.get().unwrap();
                        hops.add(1).unwrap();
                        if first && lap == laps {
                            last = Some(v);
                            break;
                        }
                        next.put(v + 1).unwrap();
                        if lap % 7 == 0 {
                            yield_now().unwrap();
                        }
                    }
                    last
                })
            };
            if first {
                finals.push(p);
            }
        }
    }
    for p in finals {
        // The token made `laps` laps of G hops, +1 per hop except the last.
        assert_eq!(p.get().unwrap(), Some(laps * G as u64 - 1));
    }
    s.wait_all().unwrap();
    assert_eq!(hops.get() as u64, rings as u64 * G as u64 * laps);
    let st = rt.stats();
    assert!(st.parks > 0);
    // (With SPINDLE_RANDOMIZE_SCHEDULER=1 work also spreads through the
    // injector, which is not counted as stealing.)
    if std::env::var_os("SPINDLE_RANDOMIZE_SCHEDULER").is_none() {
        assert!(st.steals > 0, "work stealing moved goroutines: {st:?}");
    }
    assert_eq!(s.stats().deadlocks, 0);
}
