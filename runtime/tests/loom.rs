//! loom models of the primitives' wait/wake protocol: the real `Queue`,
//! `WaitGroup` and `Promise` code, blocking on the OS-thread path (loom
//! threads), under every interleaving loom explores.
//!
//!     RUSTFLAGS="--cfg loom" cargo test -p spindle-runtime --test loom --release
//!
//! What is checked: no lost wake-up (every model terminates — loom reports
//! a deadlock otherwise), FIFO order, close semantics, counter semantics.
#![cfg(loom)]

use loom::thread;
use spindle_runtime::{Error, Mutex, Promise, Queue, WaitGroup};

#[test]
fn queue_get_waits_for_put() {
    loom::model(|| {
        let q = Queue::<u32>::unbounded();
        let q2 = q.clone();
        let t = thread::spawn(move || q2.get().unwrap());
        q.put(7).unwrap();
        assert_eq!(t.join().unwrap(), 7);
    });
}

#[test]
fn bounded_queue_hand_off_keeps_order() {
    loom::model(|| {
        let q = Queue::<u32>::bounded(1);
        let q2 = q.clone();
        let producer = thread::spawn(move || {
            q2.put(1).unwrap();
            q2.put(2).unwrap();
        });
        assert_eq!(q.get().unwrap(), 1);
        assert_eq!(q.get().unwrap(), 2);
        producer.join().unwrap();
    });
}

#[test]
fn two_getters_one_put_then_close() {
    loom::model(|| {
        let q = Queue::<u32>::unbounded();
        let (a, b) = (q.clone(), q.clone());
        let ta = thread::spawn(move || a.get());
        let tb = thread::spawn(move || b.get());
        q.put(5).unwrap();
        q.close();
        let (ra, rb) = (ta.join().unwrap(), tb.join().unwrap());
        // Exactly one getter got the item, the other saw the close.
        let got: Vec<u32> = [&ra, &rb]
            .iter()
            .filter_map(|r| r.as_ref().ok().copied())
            .collect();
        assert_eq!(got, vec![5]);
        assert!(matches!(
            (&ra, &rb),
            (Err(Error::Closed), Ok(_)) | (Ok(_), Err(Error::Closed))
        ));
    });
}

#[test]
fn parked_putter_sees_close() {
    loom::model(|| {
        let q = Queue::<u32>::bounded(1);
        q.put(1).unwrap();
        let q2 = q.clone();
        let t = thread::spawn(move || q2.put(2));
        q.close();
        assert!(matches!(t.join().unwrap(), Err(Error::Closed)));
        assert_eq!(q.get().unwrap(), 1);
        assert!(matches!(q.get(), Err(Error::Closed)));
    });
}

#[test]
fn wait_group_wakes_waiter() {
    loom::model(|| {
        let wg = WaitGroup::new();
        wg.add(2).unwrap();
        let (a, b) = (wg.clone(), wg.clone());
        let ta = thread::spawn(move || a.done().unwrap());
        let tb = thread::spawn(move || b.done().unwrap());
        wg.wait().unwrap();
        assert_eq!(wg.count(), 0);
        assert!(matches!(wg.done(), Err(Error::NegativeCounter)));
        ta.join().unwrap();
        tb.join().unwrap();
    });
}

#[test]
fn promise_get_sees_value() {
    loom::model(|| {
        let p = Promise::<u32>::new();
        let (p1, p2) = (p.clone(), p.clone());
        let t1 = thread::spawn(move || p1.get().unwrap());
        let t2 = thread::spawn(move || {
            assert!(p2.complete(Ok(3)));
        });
        assert_eq!(t1.join().unwrap(), 3);
        t2.join().unwrap();
        assert!(!p.complete(Ok(4)));
        assert_eq!(p.get().unwrap(), 3);
    });
}

#[test]
fn mutex_excludes_and_hands_over() {
    loom::model(|| {
        let m = std::sync::Arc::new(Mutex::new(0u32));
        let m2 = m.clone();
        let t = thread::spawn(move || {
            let mut g = m2.lock().unwrap();
            let v = *g;
            thread::yield_now();
            *g = v + 1;
        });
        {
            let mut g = m.lock().unwrap();
            let v = *g;
            thread::yield_now();
            *g = v + 1;
        }
        t.join().unwrap();
        assert_eq!(*m.lock().unwrap(), 2);
    });
}
