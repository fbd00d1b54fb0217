//! The backtracking matcher. It runs a `compile::Program` over the text
//! as a slice of chars (so positions are str indices) with an explicit
//! backtrack stack: no Rust recursion per character, so long inputs cannot
//! overflow the native stack. Only look-arounds and atomic groups recurse,
//! as deep as they nest in the pattern.
//!
//! Every capture-slot and register write pushes an undo record, so popping
//! the stack back to a branch restores exactly the state at that branch.

use super::compile::{Inst, Program, INF};
use super::parse::{Assert, Builtin, Class, ClassItem};

enum Bt {
    Branch {
        pc: usize,
        pos: usize,
    },
    Slot {
        i: usize,
        old: Option<usize>,
    },
    Count {
        r: usize,
        old: usize,
    },
    Mark {
        r: usize,
        old: usize,
    },
    /// A greedy single-char repeat may give back characters down to `min_pos`.
    Greedy {
        pc: usize,
        min_pos: usize,
        cur: usize,
    },
    /// A lazy single-char repeat may take one more char (matcher at `m`).
    Lazy {
        pc: usize,
        m: usize,
        cur: usize,
        count: usize,
        max: usize,
    },
}

/// One search over a text.
pub struct Matcher<'a> {
    pub prog: &'a Program,
    pub text: &'a [char],
    /// Start of this match attempt (for `must_advance`).
    start: usize,
    pub full: bool,
    pub must_advance: bool,
    counts: Vec<usize>,
    marks: Vec<usize>,
    stack: Vec<Bt>,
}

impl<'a> Matcher<'a> {
    pub fn new(prog: &'a Program, text: &'a [char]) -> Matcher<'a> {
        Matcher {
            prog,
            text,
            start: 0,
            full: false,
            must_advance: false,
            counts: vec![0; prog.nregs],
            marks: vec![0; prog.nregs],
            stack: Vec::new(),
        }
    }

    /// Tries positions `from..=text.len()` (only `from` when anchored);
    /// fills `slots` on success.
    pub fn search(&mut self, from: usize, anchored: bool, slots: &mut [Option<usize>]) -> bool {
        let first = match self.prog.insts.get(1) {
            Some(Inst::Char(c)) => Some(*c),
            _ => None,
        };
        let mut s = from;
        let must = self.must_advance;
        while s <= self.text.len() {
            if let (Some(c), false) = (first, anchored) {
                while s < self.text.len() && self.text[s] != c {
                    s += 1;
                }
                if s >= self.text.len() {
                    return false;
                }
            }
            for x in slots.iter_mut() {
                *x = None;
            }
            self.start = s;
            self.must_advance = must && s == from;
            if self.run(0, s, slots).is_some() {
                self.must_advance = must;
                return true;
            }
            if anchored {
                break;
            }
            s += 1;
        }
        self.must_advance = must;
        false
    }

    fn set_slot(&mut self, slots: &mut [Option<usize>], i: usize, v: Option<usize>) {
        self.stack.push(Bt::Slot { i, old: slots[i] });
        slots[i] = v;
    }

    /// Runs from `pc` at `pos` until `Match` or `SubEnd`; returns the end.
    fn run(&mut self, pc: usize, pos: usize, slots: &mut [Option<usize>]) -> Option<usize> {
        let base = self.stack.len();
        let r = self.run_inner(pc, pos, slots, base);
        // Drop this run's leftover alternatives; keep nothing of them.
        self.stack.truncate(base);
        r
    }

    fn run_inner(
        &mut self,
        mut pc: usize,
        mut pos: usize,
        slots: &mut [Option<usize>],
        base: usize,
    ) -> Option<usize> {
        let text: &'a [char] = self.text;
        let prog: &'a Program = self.prog;
        let insts = &prog.insts;
        loop {
            let ok = match &insts[pc] {
                Inst::Char(c) => {
                    if pos < text.len() && text[pos] == *c {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::CharI(_) | Inst::Any | Inst::AnyAll | Inst::Class(_) => {
                    if pos < text.len() && one(&insts[pc], text[pos]) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Assert(a) => {
                    if assert(*a, text, pos) {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Split(a, b) => {
                    self.stack.push(Bt::Branch { pc: *b, pos });
                    pc = *a;
                    true
                }
                Inst::Jmp(t) => {
                    pc = *t;
                    true
                }
                Inst::Save(i) => {
                    self.set_slot(slots, *i, Some(pos));
                    pc += 1;
                    true
                }
                Inst::Backref { group, icase } => match (slots[2 * group], slots[2 * group + 1]) {
                    (Some(a), Some(b)) if b >= a => {
                        let n = b - a;
                        if pos + n <= text.len()
                            && (0..n).all(|k| {
                                let (x, y) = (text[a + k], text[pos + k]);
                                x == y || (*icase && eq_icase(x, y))
                            })
                        {
                            pos += n;
                            pc += 1;
                            true
                        } else {
                            false
                        }
                    }
                    _ => false,
                },
                Inst::RepInit { reg } => {
                    let r = *reg;
                    self.stack.push(Bt::Count {
                        r,
                        old: self.counts[r],
                    });
                    self.counts[r] = 0;
                    pc += 1;
                    true
                }
                Inst::RepLoop {
                    reg,
                    min,
                    max,
                    greedy,
                    exit,
                } => {
                    let r = *reg;
                    let n = self.counts[r];
                    self.stack.push(Bt::Mark {
                        r,
                        old: self.marks[r],
                    });
                    self.marks[r] = pos;
                    if n < *min {
                        pc += 1;
                    } else if n >= *max {
                        pc = *exit;
                    } else if *greedy {
                        self.stack.push(Bt::Branch { pc: *exit, pos });
                        pc += 1;
                    } else {
                        self.stack.push(Bt::Branch { pc: pc + 1, pos });
                        pc = *exit;
                    }
                    true
                }
                Inst::RepEnd {
                    reg,
                    min,
                    head,
                    exit,
                } => {
                    let r = *reg;
                    let n = self.counts[r] + 1;
                    self.stack.push(Bt::Count {
                        r,
                        old: self.counts[r],
                    });
                    self.counts[r] = n;
                    pc = if pos == self.marks[r] && n >= *min {
                        *exit
                    } else {
                        *head
                    };
                    true
                }
                Inst::RepeatOne { min, max, greedy } => {
                    let m = pc + 1;
                    let next = pc + 2;
                    let limit = if *max == INF {
                        text.len()
                    } else {
                        (pos + *max).min(text.len())
                    };
                    if *greedy {
                        let mut end = pos;
                        while end < limit && one(&insts[m], text[end]) {
                            end += 1;
                        }
                        if end - pos < *min {
                            false
                        } else {
                            if end > pos + *min {
                                self.stack.push(Bt::Greedy {
                                    pc: next,
                                    min_pos: pos + *min,
                                    cur: end,
                                });
                            }
                            pos = end;
                            pc = next;
                            true
                        }
                    } else {
                        let mut end = pos;
                        while end < pos + *min && end < text.len() && one(&insts[m], text[end]) {
                            end += 1;
                        }
                        if end - pos < *min {
                            false
                        } else {
                            if *min < *max {
                                self.stack.push(Bt::Lazy {
                                    pc: next,
                                    m,
                                    cur: end,
                                    count: *min,
                                    max: *max,
                                });
                            }
                            pos = end;
                            pc = next;
                            true
                        }
                    }
                }
                Inst::Look {
                    ahead,
                    negate,
                    width,
                    next,
                } => {
                    let (ahead, negate, width, next) = (*ahead, *negate, *width, *next);
                    let at = if ahead {
                        Some(pos)
                    } else {
                        pos.checked_sub(width)
                    };
                    let mut sub: Vec<Option<usize>> = slots.to_vec();
                    let matched = match at {
                        Some(at) => {
                            let saved = (self.full, self.must_advance);
                            let r = self.run(pc + 1, at, &mut sub);
                            (self.full, self.must_advance) = saved;
                            r.is_some_and(|end| ahead || end == pos)
                        }
                        None => false,
                    };
                    if matched != negate {
                        if matched {
                            for i in 0..slots.len() {
                                if sub[i] != slots[i] {
                                    self.set_slot(slots, i, sub[i]);
                                }
                            }
                        }
                        pc = next;
                        true
                    } else {
                        false
                    }
                }
                Inst::Atomic { next } => {
                    let next = *next;
                    let mut sub: Vec<Option<usize>> = slots.to_vec();
                    match self.run(pc + 1, pos, &mut sub) {
                        Some(end) => {
                            for i in 0..slots.len() {
                                if sub[i] != slots[i] {
                                    self.set_slot(slots, i, sub[i]);
                                }
                            }
                            pos = end;
                            pc = next;
                            true
                        }
                        None => false,
                    }
                }
                Inst::Cond { group, no } => {
                    if slots.get(2 * group + 1).copied().flatten().is_some() {
                        pc += 1;
                    } else {
                        pc = *no;
                    }
                    true
                }
                Inst::SubEnd => return Some(pos),
                Inst::Match => {
                    if (self.full && pos != text.len()) || (self.must_advance && pos == self.start)
                    {
                        false
                    } else {
                        return Some(pos);
                    }
                }
            };
            if ok {
                continue;
            }
            // Backtrack.
            loop {
                if self.stack.len() <= base {
                    return None;
                }
                match self.stack.pop().expect("checked") {
                    Bt::Branch { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        break;
                    }
                    Bt::Slot { i, old } => slots[i] = old,
                    Bt::Count { r, old } => self.counts[r] = old,
                    Bt::Mark { r, old } => self.marks[r] = old,
                    Bt::Greedy {
                        pc: p,
                        min_pos,
                        cur,
                    } => {
                        let cur = cur - 1;
                        if cur > min_pos {
                            self.stack.push(Bt::Greedy {
                                pc: p,
                                min_pos,
                                cur,
                            });
                        }
                        pc = p;
                        pos = cur;
                        break;
                    }
                    Bt::Lazy {
                        pc: p,
                        m,
                        cur,
                        count,
                        max,
                    } => {
                        if cur < text.len() && one(&insts[m], text[cur]) {
                            let (cur, count) = (cur + 1, count + 1);
                            if count < max {
                                self.stack.push(Bt::Lazy {
                                    pc: p,
                                    m,
                                    cur,
                                    count,
                                    max,
                                });
                            }
                            pc = p;
                            pos = cur;
                            break;
                        }
                    }
                }
            }
        }
    }
}

/// Whether single-char instruction `i` matches `c`.
#[inline]
fn one(i: &Inst, c: char) -> bool {
    match i {
        Inst::Char(x) => *x == c,
        Inst::CharI(x) => *x == c || *x == lower(c) || eq_icase(*x, c),
        Inst::Any => c != '\n',
        Inst::AnyAll => true,
        Inst::Class(cls) => class_matches(cls, c),
        _ => false,
    }
}

pub fn class_matches(cls: &Class, c: char) -> bool {
    let hit = |c: char| {
        cls.items.iter().any(|it| match it {
            ClassItem::Range(lo, hi) => *lo <= c && c <= *hi,
            ClassItem::Builtin(b, neg, ascii) => builtin(*b, c, *ascii) != *neg,
        })
    };
    let mut m = hit(c);
    if !m && cls.icase && has_case(c) {
        m = hit(lower(c)) || hit(upper(c));
    }
    m != cls.negated
}

fn builtin(b: Builtin, c: char, ascii: bool) -> bool {
    match b {
        Builtin::Digit => c.is_ascii_digit() || (!ascii && !c.is_ascii() && c.is_numeric()),
        Builtin::Word => is_word(c, ascii),
        Builtin::Space => {
            matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{b}' | '\u{c}')
                || (!ascii && !c.is_ascii() && c.is_whitespace())
                || (!ascii && ('\u{1c}'..='\u{1f}').contains(&c))
        }
    }
}

pub fn is_word(c: char, ascii: bool) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        !ascii && c.is_alphanumeric()
    }
}

fn assert(a: Assert, text: &[char], pos: usize) -> bool {
    let n = text.len();
    match a {
        Assert::Start => pos == 0,
        Assert::LineStart => pos == 0 || text[pos - 1] == '\n',
        Assert::End => pos == n || (pos + 1 == n && text[pos] == '\n'),
        Assert::LineEnd => pos == n || text[pos] == '\n',
        Assert::StrEnd => pos == n,
        Assert::WordBoundary { ascii } | Assert::NotWordBoundary { ascii } => {
            let before = pos > 0 && is_word(text[pos - 1], ascii);
            let after = pos < n && is_word(text[pos], ascii);
            let b = before != after && n > 0;
            if matches!(a, Assert::WordBoundary { .. }) {
                b
            } else {
                !b && n > 0
            }
        }
    }
}

pub fn has_case(c: char) -> bool {
    lower(c) != c || upper(c) != c
}

pub fn lower(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut it = c.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

pub fn upper(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_uppercase();
    }
    let mut it = c.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

pub fn eq_icase(a: char, b: char) -> bool {
    a == b || lower(a) == lower(b) || upper(a) == upper(b)
}
