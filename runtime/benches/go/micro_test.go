// Go twins of runtime/benches/runtime.rs, for ratios in the same run:
//   cd runtime/benches/go && go test -bench . -benchtime 1s micro_test.go
package micro

import (
	"sync"
	"sync/atomic"
	"testing"
)

// spawn_join/per_goroutine: goroutines with a 1-slot result channel, batches of 10k.
func BenchmarkSpawnJoin(b *testing.B) {
	ps := make([]chan int64, 0, 10000)
	left := b.N
	for left > 0 {
		n := left
		if n > 10000 {
			n = 10000
		}
		left -= n
		for i := 0; i < n; i++ {
			ch := make(chan int64, 1)
			ps = append(ps, ch)
			go func(i int64) { ch <- i * 2 }(int64(i))
		}
		var sum int64
		for _, ch := range ps {
			sum += <-ch
		}
		ps = ps[:0]
		if sum != int64(n)*int64(n-1) {
			b.Fatal("bad sum")
		}
	}
}

// handoff/round_trip_bounded_queue: two channels of capacity 1.
func BenchmarkRoundTrip(b *testing.B) {
	ping, pong := make(chan uint64, 1), make(chan uint64, 1)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	var x uint64
	for i := 0; i < b.N; i++ {
		ping <- x
		x = <-pong
	}
	close(ping)
	if x != uint64(b.N) {
		b.Fatal("bad")
	}
}

// handoff/stream_cap100_per_item.
func BenchmarkStreamCap100(b *testing.B) {
	q := make(chan uint64, 100)
	go func() {
		for i := 0; i < b.N; i++ {
			q <- uint64(i)
		}
		close(q)
	}()
	n := 0
	for range q {
		n++
	}
	if n != b.N {
		b.Fatal("bad")
	}
}

// fanout_wg/100k.
func BenchmarkFanout100k(b *testing.B) {
	for it := 0; it < b.N; it++ {
		var wg sync.WaitGroup
		var c atomic.Int64
		for i := 0; i < 100000; i++ {
			wg.Add(1)
			go func(i int64) { c.Add(i); wg.Done() }(int64(i))
		}
		wg.Wait()
		if c.Load() != 4999950000 {
			b.Fatal("bad")
		}
	}
}
