//! spawn_join: N goroutines each computing f(i), then get each promise and
//! sum. Twin of shared/bench/go/spawn_join.go.
//! Expected output: "spawn_join n=100000 sum=9999900000"
use spindle_runtime::{spawn, Runtime, Scope};

fn main() {
    const N: i64 = 100_000;
    let rt = Runtime::new().unwrap();
    let s = Scope::new(&rt);
    let total = s
        .task()
        .main()
        .spawn(|| {
            let ps: Vec<_> = (0..N).map(|i| spawn(move || i * 2)).collect();
            ps.iter().map(|p| p.get().unwrap()).sum::<i64>()
        })
        .get()
        .unwrap();
    println!("spawn_join n={N} sum={total}");
}
