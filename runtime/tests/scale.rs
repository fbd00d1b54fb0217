//! Many goroutines at once, on this machine's default vm.max_map_count
//! (65530): a million parked without stacks, and 100k parked holding their
//! stacks (regions + MADV_GUARD_INSTALL keep mappings flat).

#![cfg(not(loom))]

use std::task::Poll;

use spindle_runtime::*;

fn map_count() -> usize {
    std::fs::read_to_string("/proc/self/maps")
        .map(|s| s.lines().count())
        .unwrap_or(0)
}

/// K goroutines all parked in `Queue.get` at once, then fed K items.
fn parked(k: u64, stackful: bool) {
    let rt = Runtime::builder()
        .workers(2)
        .stack_size(64 * 1024)
        .build()
        .unwrap();
    let s = Scope::new(&rt);
    let q = Queue::<u64>::unbounded();
    let total = Atomic::new(0);
    let started = WaitGroup::new();
    started.add(k as i64).unwrap();
    let done = WaitGroup::new();
    done.add(k as i64).unwrap();
    for _ in 0..k {
        let (q, total, started, done) = (q.clone(), total.clone(), started.clone(), done.clone());
        if stackful {
            s.spawn(move || {
                started.done().unwrap();
                total.add(q.get().unwrap() as i64).unwrap();
                done.done().unwrap();
            });
        } else {
            let mut first = true;
            s.spawn_poll(move |cx| {
                if first {
                    first = false;
                    started.done().unwrap();
                }
                match q.poll_get(cx, None) {
                    Poll::Ready(v) => {
                        total.add(v.unwrap() as i64).unwrap();
                        done.done().unwrap();
                        Step::Ready(())
                    }
                    Poll::Pending => Step::Pending,
                }
            });
        }
    }
    started.wait().unwrap();
    // Every goroutine has started; wait until all are actually parked (a
    // condition loop, not a timed sleep).
    while rt.stats().parks < k {
        std::thread::yield_now();
    }
    assert_eq!(s.live() as u64, k, "all alive at once");
    let maps = map_count();
    assert!(maps < 10_000, "{maps} mappings with {k} parked goroutines");
    if stackful {
        assert!(rt.stats().stackful_parks >= k);
        assert!(rt.stats().stacks_carved >= k);
    } else {
        assert_eq!(rt.stats().stackful_parks, 0);
        assert!(
            rt.stats().stacks_carved < 1000,
            "stackless parks hold no stack"
        );
    }
    for i in 0..k {
        q.put(i).unwrap();
    }
    done.wait().unwrap();
    assert_eq!(total.get() as u64, k * (k - 1) / 2);
    s.wait_all().unwrap();
    assert_eq!(s.stats().peak_live, k);
}

#[test]
fn million_goroutines_parked_stackless() {
    parked(1_000_000, false);
}

#[test]
fn hundred_thousand_goroutines_parked_stackful() {
    parked(100_000, true);
}
