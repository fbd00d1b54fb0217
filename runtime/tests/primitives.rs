//! Behaviour of the scheduler and primitives, with exact results. No test
//! relies on a sleep for correctness (timeouts are tested as timeouts).

#![cfg(not(loom))]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;

use spindle_runtime::*;

fn rt(workers: usize) -> Runtime {
    Runtime::builder().workers(workers).build().unwrap()
}

#[test]
fn spawn_and_join_from_thread() {
    let rt = rt(2);
    let s = Scope::new(&rt);
    let ps: Vec<_> = (0..1000i64).map(|i| s.spawn(move || i * 2)).collect();
    let sum: i64 = ps.iter().map(|p| p.get().unwrap()).sum();
    assert_eq!(sum, 999 * 1000);
    s.wait_all().unwrap();
    assert_eq!(s.stats().spawned, 1000);
}

#[test]
fn nested_spawn_and_wait_group() {
    let rt = rt(2);
    let s = Scope::new(&rt);
    let total = Atomic::new(0);
    let t2 = total.clone();
    let p = s.spawn(move || {
        let wg = WaitGroup::new();
        for i in 0..10_000i64 {
            wg.add(1).unwrap();
            let (wg, t) = (wg.clone(), t2.clone());
            spawn(move || {
                t.add(i).unwrap();
                wg.done().unwrap();
            });
        }
        wg.wait().unwrap();
        t2.get()
    });
    assert_eq!(p.get().unwrap(), 9999 * 10_000 / 2);
    assert_eq!(total.get(), 9999 * 10_000 / 2);
}

#[test]
fn queue_ping_pong_between_goroutines() {
    let rt = rt(2);
    let s = Scope::new(&rt);
    let q = Queue::<i64>::bounded(1);
    let back = Queue::<i64>::bounded(1);
    let (q2, b2) = (q.clone(), back.clone());
    let pong = s.spawn(move || {
        for v in &q2 {
            b2.put(v + 1).unwrap();
        }
    });
    let ping = s.spawn(move || {
        let mut x = 0;
        for _ in 0..10_000 {
            q.put(x).unwrap();
            x = back.get().unwrap();
        }
        q.close();
        x
    });
    assert_eq!(ping.get().unwrap(), 10_000);
    pong.wait().unwrap();
}

#[test]
fn queue_close_semantics() {
    let rt = rt(2);
    let s = Scope::new(&rt);
    let q = Queue::<i32>::bounded(2);
    q.put(1).unwrap();
    q.put(2).unwrap();
    // A producer parked on a full queue gets Closed when it closes.
    let q2 = q.clone();
    let blocked_putter = s.spawn(move || q2.put(3));
    // Wait until it is parked: the queue stays full, so poll the scope's
    // state through a timeout-free handshake: its put cannot finish.
    while s.deadlock_report().is_none() && !blocked_putter.is_done() {
        // the putter parks; with no other goroutine and no timer, the scope
        // is deadlocked (nobody will call get from inside it) — our signal
        // that it is parked. Not a sleep: a yield loop on a condition.
        std::thread::yield_now();
    }
    q.close();
    q.close(); // idempotent
    assert!(matches!(blocked_putter.get().unwrap(), Err(Error::Closed)));
    assert!(matches!(q.put(9), Err(Error::Closed)));
    assert_eq!(q.get().unwrap(), 1);
    assert_eq!(q.get().unwrap(), 2);
    assert!(matches!(q.get(), Err(Error::Closed)));
    assert!(matches!(q.try_get(), Err(Error::Closed)));
}

#[test]
fn queue_iteration_and_unbounded() {
    let q = Queue::<u32>::new(0);
    for i in 0..100 {
        q.put(i).unwrap();
    }
    assert_eq!(q.len(), 100);
    q.close();
    let v: Vec<u32> = q.iter().collect();
    assert_eq!(v, (0..100).collect::<Vec<_>>());
}

#[test]
fn timeouts_on_every_blocking_call() {
    let rt = rt(2);
    let s = Scope::new(&rt);
    let p = s.spawn(|| {
        let q = Queue::<i32>::bounded(1);
        let r1 = q.get_timeout(Duration::from_millis(5));
        q.put(1).unwrap();
        let r2 = q.put_timeout(2, Duration::from_millis(5));
        let wg = WaitGroup::new();
        wg.add(1).unwrap();
        let r3 = wg.wait_timeout(Duration::from_millis(5));
        let never = Promise::<i32>::new();
        let r4 = never.get_timeout(Duration::from_millis(5));
        (
            matches!(r1, Err(Error::Timeout)),
            matches!(r2, Err(Error::Timeout)),
            matches!(r3, Err(Error::Timeout)),
            matches!(r4, Err(Error::Timeout)),
        )
    });
    assert_eq!(p.get().unwrap(), (true, true, true, true));
    // Same from an OS thread.
    let q = Queue::<i32>::unbounded();
    assert!(matches!(
        q.get_timeout(Duration::from_millis(5)),
        Err(Error::Timeout)
    ));
}

#[test]
fn wait_group_negative_is_an_error() {
    let wg = WaitGroup::new();
    assert!(matches!(wg.done(), Err(Error::NegativeCounter)));
    assert_eq!(wg.count(), 0);
    wg.add(2).unwrap();
    assert!(matches!(wg.add(-3), Err(Error::NegativeCounter)));
    assert_eq!(wg.count(), 2);
}

#[test]
fn atomic_checked() {
    let a = Atomic::new(i64::MAX - 1);
    assert_eq!(a.add(1).unwrap(), i64::MAX);
    assert!(matches!(a.add(1), Err(Error::Overflow)));
    assert_eq!(a.get(), i64::MAX);
    assert!(a.cas(i64::MAX, 5));
    assert!(!a.cas(4, 6));
    assert_eq!(a.get(), 5);
    a.set(-3);
    assert_eq!(a.add(-2).unwrap(), -5);
}

#[test]
fn panic_becomes_promise_error() {
    let rt = rt(2);
    let s = Scope::new(&rt);
    let p = s.spawn(|| -> i32 { panic!("boom") });
    match p.get() {
        Err(Error::Panicked(m)) => assert_eq!(&*m, "boom"),
        other => panic!("unexpected {other:?}"),
    }
    // every time
    assert!(matches!(p.wait(), Err(Error::Panicked(_))));
    // the runtime is fine afterwards
    assert_eq!(s.spawn(|| 7).get().unwrap(), 7);
}

#[test]
fn sleepers_share_the_timer() {
    let rt = rt(2);
    let s = Scope::new(&rt);
    let n = Arc::new(AtomicUsize::new(0));
    let ps: Vec<_> = (0..1000)
        .map(|i| {
            let n = n.clone();
            s.spawn(move || {
                sleep(Duration::from_millis(1 + (i % 7))).unwrap();
                n.fetch_add(1, Ordering::Relaxed);
            })
        })
        .collect();
    for p in ps {
        p.wait().unwrap();
    }
    assert_eq!(n.load(Ordering::Relaxed), 1000);
    // No thread per sleeper: workers + timer (+ maybe none blocking).
    assert_eq!(rt.stats().blocking_threads, 0);
}

#[test]
fn stackless_goroutine_parks_without_a_stack() {
    let rt = rt(2);
    let s = Scope::new(&rt);
    let q = Queue::<u64>::unbounded();
    let q2 = q.clone();
    let mut got = 0u64;
    let mut polls = 0u32;
    let p = s.spawn_poll(move |cx| {
        polls += 1;
        loop {
            match q2.poll_get(cx, None) {
                Poll::Ready(Ok(v)) => got += v,
                Poll::Ready(Err(Error::Closed)) => return Step::Ready((got, polls)),
                Poll::Ready(Err(e)) => panic!("{e}"),
                Poll::Pending => return Step::Pending,
            }
        }
    });
    for i in 1..=100 {
        q.put(i).unwrap();
    }
    q.close();
    let (sum, polls) = p.get().unwrap();
    assert_eq!(sum, 5050);
    assert!(polls >= 1);
    assert_eq!(rt.stats().stackful_parks, 0);
}

#[test]
fn stackless_body_may_block_stackfully() {
    let rt = rt(2);
    let s = Scope::new(&rt);
    let q = Queue::<u64>::unbounded();
    let q2 = q.clone();
    let p = s.spawn_poll(move |_cx| {
        // "native re-entry": a blocking call deep inside the body.
        let v = q2.get().unwrap();
        Step::Ready(v * 3)
    });
    q.put(14).unwrap();
    assert_eq!(p.get().unwrap(), 42);
}

#[test]
fn cancel_stops_parked_and_running_goroutines() {
    let rt = rt(2);
    let s = Scope::new(&rt);
    let q = Queue::<i32>::unbounded();
    let started = Arc::new(WaitGroup::new());
    started.add(20).unwrap();
    let mut ps = Vec::new();
    for _ in 0..10 {
        let (q, st) = (q.clone(), started.clone());
        ps.push(s.spawn(move || {
            st.done().unwrap();
            q.get().err()
        }));
    }
    for _ in 0..10 {
        let st = started.clone();
        ps.push(s.spawn(move || {
            st.done().unwrap();
            loop {
                if let Err(e) = yield_now() {
                    return Some(e);
                }
            }
        }));
    }
    started.wait().unwrap();
    s.cancel();
    for p in ps {
        assert!(matches!(p.get().unwrap(), Some(Error::Cancelled)));
    }
    s.wait_all().unwrap();
    // Spawning into a cancelled scope never runs the body.
    let p = s.spawn(|| 1);
    assert!(matches!(p.get(), Err(Error::Cancelled)));
}

#[test]
fn deadlock_is_reported_to_main_with_sites() {
    let rt = rt(2);
    let s = Scope::new_named(&rt, "test");
    let q = Queue::<i32>::unbounded();
    let other = Queue::<i32>::unbounded();
    let o2 = other.clone();
    s.task().name("helper").spawn(move || {
        set_site(Site::text("Queue.get at helper.py:3"));
        o2.get()
    });
    let q2 = q.clone();
    let main = s.task().name("main").main().spawn(move || {
        set_site(Site::at("Queue.get", "script.py".into(), 12));
        q2.get()
    });
    let r = main.get().unwrap();
    let Err(Error::Deadlock(rep)) = r else {
        panic!("expected deadlock, got {r:?}")
    };
    assert_eq!(rep.goroutines.len(), 2, "{rep}");
    let text = rep.to_string();
    assert!(text.contains("Queue.get at script.py:12"), "{text}");
    assert!(text.contains("Queue.get at helper.py:3"), "{text}");
    assert!(text.contains("(main)"), "{text}");
    // Main is done; the helper can never finish: wait_all reports it.
    match s.wait_all() {
        Err(Error::Deadlock(rep)) => {
            assert_eq!(rep.goroutines.len(), 1);
            assert_eq!(rep.goroutines[0].name.as_deref(), Some("helper"));
            assert_eq!(rep.goroutines[0].reason, WaitReason::QueueGet);
        }
        other => panic!("expected deadlock, got {other:?}"),
    }
    assert!(s.shutdown(Duration::from_secs(5)));
}

#[test]
fn no_deadlock_while_a_timer_or_external_guard_exists() {
    let rt = rt(2);
    let s = Scope::new(&rt);
    let q = Queue::<i32>::unbounded();
    let guard = s.external();
    let q2 = q.clone();
    let main = s.task().main().spawn(move || q2.get());
    let q3 = q.clone();
    s.spawn(move || {
        sleep(Duration::from_millis(20)).unwrap();
        q3.put(5).unwrap();
    });
    assert_eq!(main.get().unwrap().unwrap(), 5);
    drop(guard);
    s.wait_all().unwrap();
    assert_eq!(s.stats().deadlocks, 0);
}

#[test]
fn wait_all_from_inside_waits_for_the_others() {
    let rt = rt(2);
    let s = Scope::new(&rt);
    let n = Atomic::new(0);
    let n2 = n.clone();
    let main = s.task().main().spawn(move || {
        for _ in 0..100 {
            let n = n2.clone();
            spawn(move || {
                yield_now().unwrap();
                n.add(1).unwrap();
            });
        }
        Scope::current().unwrap().wait_all().unwrap();
        n2.get()
    });
    assert_eq!(main.get().unwrap(), 100);
    assert_eq!(n.get(), 100);
}

#[test]
fn blocking_pool_parks_the_goroutine() {
    let rt = rt(1);
    let s = Scope::new(&rt);
    let q = Queue::<u32>::unbounded();
    let (q1, q2) = (q.clone(), q.clone());
    // With a single worker, a blocking call that blocked the worker would
    // deadlock the other goroutine; on the pool it does not.
    let a = s.spawn(move || run_blocking(move || q1.get().unwrap() + 1).unwrap());
    let b = s.spawn(move || q2.put(41).unwrap());
    b.get().unwrap();
    assert_eq!(a.get().unwrap(), 42);
    // From a plain thread it runs inline.
    assert_eq!(run_blocking(|| 5).unwrap(), 5);
}

#[test]
fn scopes_share_one_runtime_and_stats_add_up() {
    let rt = rt(2);
    let a = Scope::new(&rt);
    let b = Scope::new(&rt);
    let pa: Vec<_> = (0..100).map(|i| a.spawn(move || i)).collect();
    let pb: Vec<_> = (0..50).map(|i| b.spawn(move || i)).collect();
    assert_eq!(pa.iter().map(|p| p.get().unwrap()).sum::<i32>(), 4950);
    assert_eq!(pb.iter().map(|p| p.get().unwrap()).sum::<i32>(), 1225);
    a.wait_all().unwrap();
    b.wait_all().unwrap();
    assert_eq!(a.stats().spawned, 100);
    assert_eq!(b.stats().spawned, 50);
    assert!(a.stats().peak_live >= 1);
    assert!(rt.stats().spawned >= 150);
}

#[test]
fn global_spawn_works() {
    let p = spawn(|| 6 * 7);
    assert_eq!(p.get().unwrap(), 42);
}

#[test]
fn remaining_stack_is_reported() {
    let rt = rt(1);
    let s = Scope::new(&rt);
    let left = s
        .spawn(|| with_current(|cx| cx.unwrap().remaining_stack().unwrap()))
        .get()
        .unwrap();
    assert!(left > 100 * 1024 && left <= 256 * 1024, "{left}");
}

#[test]
fn dropping_a_runtime_cancels_and_joins_everything() {
    // Threads named after this runtime (other tests run in parallel).
    let ours = || {
        std::fs::read_dir("/proc/self/task")
            .unwrap()
            .filter(|e| {
                let comm = std::fs::read_to_string(e.as_ref().unwrap().path().join("comm"))
                    .unwrap_or_default();
                comm.starts_with("droptest")
            })
            .count()
    };
    {
        let rt = Runtime::builder()
            .workers(2)
            .name("droptest")
            .build()
            .unwrap();
        let s = Scope::new(&rt);
        let q = Queue::<i32>::unbounded();
        let wg = WaitGroup::new();
        wg.add(100).unwrap();
        let mut ps = Vec::new();
        for i in 0..100 {
            let (q, wg) = (q.clone(), wg.clone());
            ps.push(s.spawn(move || {
                wg.done().unwrap();
                if i % 2 == 0 {
                    q.get().err()
                } else {
                    sleep(Duration::from_secs(3600)).err()
                }
            }));
        }
        wg.wait().unwrap();
        // A thread takes its name when it first runs; on a busy machine a
        // worker may not have run yet. Wait for the condition, bounded.
        let until = std::time::Instant::now() + Duration::from_secs(10);
        while ours() < 2 && std::time::Instant::now() < until {
            std::thread::yield_now();
        }
        assert!(ours() >= 2, "worker threads carry the runtime's name");
        // Also a job on the blocking pool.
        assert_eq!(s.spawn(|| run_blocking(|| 1).unwrap()).get().unwrap(), 1);
        drop(rt);
        for p in ps {
            assert!(matches!(p.get().unwrap(), Some(Error::Cancelled)));
        }
    }
    // Workers, timer thread and blocking threads are all joined.
    assert_eq!(ours(), 0);
}

#[test]
fn randomized_scheduler_keeps_results_exact() {
    let rt = Runtime::builder()
        .workers(2)
        .randomize_scheduling(true)
        .build()
        .unwrap();
    let s = Scope::new(&rt);
    let q = Queue::<u64>::bounded(3);
    let total = Atomic::new(0);
    let mut ps = Vec::new();
    for _ in 0..8 {
        let (q, total) = (q.clone(), total.clone());
        ps.push(s.spawn(move || {
            for v in &q {
                total.add(v as i64).unwrap();
            }
        }));
    }
    let q2 = q.clone();
    s.spawn(move || {
        for i in 0..20_000u64 {
            q2.put(i).unwrap();
        }
        q2.close();
    });
    for p in ps {
        p.wait().unwrap();
    }
    assert_eq!(total.get(), 19_999 * 20_000 / 2);
}

#[test]
fn mutex_guard_held_across_a_park() {
    let rt = rt(2);
    let s = Scope::new(&rt);
    let m = Arc::new(Mutex::new(Vec::<u32>::new()));
    let gate = Queue::<u32>::unbounded();
    let (m1, g1) = (m.clone(), gate.clone());
    // Holds the lock while parked in get (may resume on another worker).
    let holder = s.spawn(move || {
        let mut v = m1.lock().unwrap();
        v.push(g1.get().unwrap());
        yield_now().unwrap();
        v.push(2);
    });
    let mut others = Vec::new();
    for i in 10..110 {
        let m = m.clone();
        others.push(s.spawn(move || m.lock().unwrap().push(i)));
    }
    gate.put(1).unwrap();
    holder.wait().unwrap();
    for p in others {
        p.wait().unwrap();
    }
    let v = m.lock().unwrap();
    assert_eq!(v.len(), 102);
    // The holder's two pushes are adjacent: nobody got in between.
    let at = v.iter().position(|&x| x == 1).unwrap();
    assert_eq!(v[at + 1], 2);
}

#[test]
fn scope_shutdown_returns_every_stack() {
    let rt = Runtime::builder()
        .workers(2)
        .stack_size(64 * 1024)
        .build()
        .unwrap();
    let mut carved_after_first = 0;
    for round in 0..5 {
        let s = Scope::new(&rt);
        let q = Queue::<u8>::unbounded();
        let started = WaitGroup::new();
        started.add(2000).unwrap();
        for _ in 0..2000 {
            let (q, st) = (q.clone(), started.clone());
            // Stackful parks: each holds a stack until cancelled.
            s.spawn(move || {
                st.done().unwrap();
                q.get()
            });
        }
        started.wait().unwrap();
        assert!(s.shutdown(Duration::from_secs(10)));
        assert_eq!(s.live(), 0);
        let carved = rt.stats().stacks_carved;
        if round == 0 {
            carved_after_first = carved;
        } else {
            // Later rounds run on recycled stacks. Pools are per worker,
            // and which worker runs which goroutine varies from round to
            // round, so a round may carve some new stacks while another
            // worker's pool holds spare ones; without recycling, five rounds
            // would carve five times the first round's stacks.
            assert!(
                carved <= carved_after_first * 3 / 2,
                "round {round}: {carved} carved vs {carved_after_first}"
            );
        }
    }
}
