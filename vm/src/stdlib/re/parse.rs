//! Pattern syntax → tree, with Python's `re` syntax, flags and error
//! messages (`nothing to repeat at position 0` ...). Flags that can change
//! inside a pattern (`(?i:...)`) are resolved here, into the nodes.

/// Flag bits, as in CPython's `re` module.
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;

/// A parse error: message and character position in the pattern.
#[derive(Debug)]
pub struct Error {
    pub msg: String,
    pub pos: Option<usize>,
}

/// A predefined class (`\d`, `\w`, `\s`) with its ASCII-only flag.
#[derive(Clone, Copy, Debug)]
pub enum Builtin {
    Digit,
    Word,
    Space,
}

#[derive(Clone, Debug)]
pub enum ClassItem {
    Range(char, char),
    Builtin(Builtin, bool, bool), // (class, negated, ascii)
}

/// `[...]`.
#[derive(Clone, Debug)]
pub struct Class {
    pub items: Vec<ClassItem>,
    pub negated: bool,
    pub icase: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Assert {
    /// `^` without MULTILINE, and `\A`.
    Start,
    /// `^` with MULTILINE.
    LineStart,
    /// `$` without MULTILINE: end, or before a final newline.
    End,
    /// `$` with MULTILINE.
    LineEnd,
    /// `\Z`.
    StrEnd,
    WordBoundary {
        ascii: bool,
    },
    NotWordBoundary {
        ascii: bool,
    },
}

#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    Char {
        c: char,
        icase: bool,
    },
    Any {
        dotall: bool,
    },
    Class(Box<Class>),
    Assert(Assert),
    Group(Option<usize>, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: usize,
        max: Option<usize>,
        greedy: bool,
        possessive: bool,
    },
    Backref {
        group: usize,
        icase: bool,
    },
    Look {
        ahead: bool,
        negate: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    /// `(?(group)yes|no)`.
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

/// The parsed pattern.
pub struct Parsed {
    pub node: Node,
    /// Number of capture groups.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// Flags after inline `(?x)` flags at the start are applied.
    pub flags: u32,
}

struct Parser<'a> {
    p: &'a [char],
    i: usize,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    open: Vec<usize>,
    /// `(?(g)...)` references, checked once all groups are known.
    cond_refs: Vec<(usize, usize)>,
    /// Groups open around the current position.
    depth: usize,
}

/// Deepest group nesting accepted. Parsing, compiling, matching and
/// freeing the pattern all recurse once per level on the native stack
/// (a goroutine's is small); CPython's own parser gives up near 500 levels
/// with RecursionError, which is what a deeper pattern raises here.
const MAX_NESTING: usize = 250;

/// The message of the error that becomes `RecursionError`.
pub const TOO_DEEP: &str = "maximum recursion depth exceeded";

const MAXREPEAT: usize = u32::MAX as usize;

pub fn parse(pattern: &str, flags: u32) -> Result<Parsed, Error> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut flags = flags;
    // Global inline flags must come first; find them so they apply to the
    // whole pattern (VERBOSE changes how everything else is read).
    let mut j = 0;
    while chars.get(j) == Some(&'(') && chars.get(j + 1) == Some(&'?') {
        let mut k = j + 2;
        let mut f = 0;
        while let Some(&c) = chars.get(k) {
            match flag_bit(c) {
                Some(b) => f |= b,
                None => break,
            }
            k += 1;
        }
        if chars.get(k) == Some(&')') && k > j + 2 {
            flags |= f;
            j = k + 1;
        } else {
            break;
        }
    }
    if flags & ASCII != 0 && flags & UNICODE != 0 {
        return Err(Error {
            msg: "ASCII and UNICODE flags are incompatible".into(),
            pos: None,
        });
    }
    let mut p = Parser {
        p: &chars,
        i: 0,
        flags,
        groups: 0,
        names: Vec::new(),
        open: Vec::new(),
        cond_refs: Vec::new(),
        depth: 0,
    };
    let node = p.alternation()?;
    if p.i < chars.len() {
        // Only an unbalanced ')' stops the top level early.
        return Err(Error {
            msg: "unbalanced parenthesis".into(),
            pos: Some(p.i),
        });
    }
    for &(g, pos) in &p.cond_refs {
        if g > p.groups || g == 0 {
            return err(format!("invalid group reference {}", g), pos);
        }
    }
    Ok(Parsed {
        node,
        groups: p.groups,
        names: p.names,
        flags,
    })
}

fn flag_bit(c: char) -> Option<u32> {
    Some(match c {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'u' => UNICODE,
        'x' => VERBOSE,
        'a' => ASCII,
        _ => return None,
    })
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, Error> {
    Err(Error {
        msg: msg.into(),
        pos: Some(pos),
    })
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }

    fn icase(&self) -> bool {
        self.flags & IGNORECASE != 0
    }

    fn ascii(&self) -> bool {
        self.flags & ASCII != 0
    }

    /// Skips whitespace and comments in VERBOSE mode.
    fn skip_verbose(&mut self) {
        if self.flags & VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if c.is_whitespace() {
                self.i += 1;
            } else if c == '#' {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    fn alternation(&mut self) -> Result<Node, Error> {
        let mut alts = vec![self.concat()?];
        while self.peek() == Some('|') {
            self.i += 1;
            alts.push(self.concat()?);
        }
        Ok(if alts.len() == 1 {
            alts.pop().expect("one")
        } else {
            Node::Alt(alts)
        })
    }

    fn concat(&mut self) -> Result<Node, Error> {
        let mut items = Vec::new();
        loop {
            self.skip_verbose();
            match self.peek() {
                None | Some('|') | Some(')') => break,
                _ => {}
            }
            let start = self.i;
            let atom = self.atom()?;
            let atom = self.quantifiers(atom, start)?;
            items.push(atom);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().expect("one"),
            _ => Node::Concat(items),
        })
    }

    /// Parses `{m,n}` at the current position if it is a valid quantifier.
    fn braces(&mut self) -> Result<Option<(usize, Option<usize>)>, Error> {
        let save = self.i;
        self.i += 1;
        let num = |s: &mut Self| -> Option<String> {
            let st = s.i;
            while s.peek().is_some_and(|c| c.is_ascii_digit()) {
                s.i += 1;
            }
            (s.i > st).then(|| s.p[st..s.i].iter().collect())
        };
        let lo = num(self);
        let (min, max);
        if self.peek() == Some(',') {
            self.i += 1;
            let hi = num(self);
            min = lo;
            max = hi;
            if self.peek() != Some('}') {
                self.i = save;
                return Ok(None);
            }
        } else {
            if lo.is_none() || self.peek() != Some('}') {
                self.i = save;
                return Ok(None);
            }
            min = lo.clone();
            max = lo;
        }
        self.i += 1;
        let parse = |s: Option<String>| -> Result<Option<usize>, Error> {
            match s {
                None => Ok(None),
                Some(s) => match s.parse::<usize>() {
                    Ok(n) if n < MAXREPEAT => Ok(Some(n)),
                    _ => Err(Error {
                        msg: "the repetition number is too large".into(),
                        pos: Some(save + 1),
                    }),
                },
            }
        };
        let min = parse(min)?.unwrap_or(0);
        let max = parse(max)?;
        if let Some(m) = max {
            if m < min {
                return err("min repeat greater than max repeat", save + 1);
            }
        }
        Ok(Some((min, max)))
    }

    fn quantifiers(&mut self, mut atom: Node, _start: usize) -> Result<Node, Error> {
        let mut repeated = false;
        loop {
            self.skip_verbose();
            let qpos = self.i;
            let (min, max) = match self.peek() {
                Some('*') => {
                    self.i += 1;
                    (0, None)
                }
                Some('+') => {
                    self.i += 1;
                    (1, None)
                }
                Some('?') => {
                    self.i += 1;
                    (0, Some(1))
                }
                Some('{') => match self.braces()? {
                    Some(q) => q,
                    None => return Ok(atom),
                },
                _ => return Ok(atom),
            };
            if repeated {
                return err("multiple repeat", qpos);
            }
            if matches!(atom, Node::Empty | Node::Assert(_)) {
                return err("nothing to repeat", qpos);
            }
            let mut greedy = true;
            let mut possessive = false;
            if self.peek() == Some('?') {
                self.i += 1;
                greedy = false;
            } else if self.peek() == Some('+') {
                self.i += 1;
                possessive = true;
            }
            atom = Node::Repeat {
                node: Box::new(atom),
                min,
                max,
                greedy,
                possessive,
            };
            repeated = true;
        }
    }

    fn atom(&mut self) -> Result<Node, Error> {
        let start = self.i;
        let c = self.peek().expect("caller checked");
        self.i += 1;
        Ok(match c {
            '(' => self.group(start)?,
            '[' => self.class(start)?,
            '.' => Node::Any {
                dotall: self.flags & DOTALL != 0,
            },
            '^' => Node::Assert(if self.flags & MULTILINE != 0 {
                Assert::LineStart
            } else {
                Assert::Start
            }),
            '$' => Node::Assert(if self.flags & MULTILINE != 0 {
                Assert::LineEnd
            } else {
                Assert::End
            }),
            '*' | '+' | '?' => return err("nothing to repeat", start),
            '{' => {
                self.i = start;
                if self.braces()?.is_some() {
                    return err("nothing to repeat", start);
                }
                self.i = start + 1;
                Node::Char {
                    c: '{',
                    icase: false,
                }
            }
            '\\' => self.escape(start)?,
            c => Node::Char {
                c,
                icase: self.icase(),
            },
        })
    }

    fn group_name(&mut self, end: char, what: &str) -> Result<String, Error> {
        let st = self.i;
        while let Some(c) = self.peek() {
            if c == end {
                break;
            }
            self.i += 1;
        }
        if self.peek() != Some(end) {
            return err(format!("missing {}, unterminated name", end), st);
        }
        let name: String = self.p[st..self.i].iter().collect();
        self.i += 1;
        if name.is_empty() {
            return err(format!("missing {}", what), st);
        }
        let mut cs = name.chars();
        let first = cs.next().expect("nonempty");
        if !(first == '_' || first.is_alphabetic()) || !cs.all(|c| c == '_' || c.is_alphanumeric())
        {
            return err(format!("bad character in group name '{}'", name), st);
        }
        Ok(name)
    }

    fn group(&mut self, start: usize) -> Result<Node, Error> {
        if self.depth >= MAX_NESTING {
            return err(TOO_DEEP, start);
        }
        self.depth += 1;
        let r = self.group_body(start);
        self.depth -= 1;
        r
    }

    fn group_body(&mut self, start: usize) -> Result<Node, Error> {
        let mut capture = true;
        let mut name = None;
        let saved_flags = self.flags;
        if self.peek() == Some('?') {
            self.i += 1;
            let c = match self.peek() {
                Some(c) => c,
                None => return err("unexpected end of pattern", self.i),
            };
            self.i += 1;
            match c {
                ':' => capture = false,
                'P' => match self.peek() {
                    Some('<') => {
                        self.i += 1;
                        let n = self.group_name('>', "group name")?;
                        if self.names.iter().any(|(k, _)| *k == n) {
                            return err(
                                format!(
                                    "redefinition of group name '{}' as group {}; was group {}",
                                    n,
                                    self.groups + 1,
                                    self.names
                                        .iter()
                                        .find(|(k, _)| *k == n)
                                        .map(|x| x.1)
                                        .unwrap_or(0)
                                ),
                                start + 4,
                            );
                        }
                        name = Some(n);
                    }
                    Some('=') => {
                        self.i += 1;
                        let n = self.group_name(')', "group name")?;
                        let g = match self.names.iter().find(|(k, _)| *k == n) {
                            Some((_, g)) => *g,
                            None => return err(format!("unknown group name '{}'", n), start + 4),
                        };
                        return Ok(Node::Backref {
                            group: g,
                            icase: self.icase(),
                        });
                    }
                    _ => return err("unknown extension ?P", start + 1),
                },
                '=' | '!' => {
                    let node = self.sub(start)?;
                    return Ok(Node::Look {
                        ahead: true,
                        negate: c == '!',
                        node: Box::new(node),
                    });
                }
                '<' => match self.peek() {
                    Some(d @ ('=' | '!')) => {
                        self.i += 1;
                        let node = self.sub(start)?;
                        if fixed_width(&node).is_none() {
                            return Err(Error {
                                msg: "look-behind requires fixed-width pattern".into(),
                                pos: None,
                            });
                        }
                        return Ok(Node::Look {
                            ahead: false,
                            negate: d == '!',
                            node: Box::new(node),
                        });
                    }
                    _ => return err("unknown extension ?<", start + 1),
                },
                '>' => {
                    let node = self.sub(start)?;
                    return Ok(Node::Atomic(Box::new(node)));
                }
                '#' => {
                    while let Some(c) = self.peek() {
                        self.i += 1;
                        if c == ')' {
                            return Ok(Node::Empty);
                        }
                    }
                    return err("missing ), unterminated comment", start);
                }
                '(' => {
                    let st = self.i;
                    while self.peek().is_some_and(|c| c != ')') {
                        self.i += 1;
                    }
                    let id: String = self.p[st..self.i].iter().collect();
                    self.i += 1;
                    let g = match id.parse::<usize>() {
                        Ok(g) => {
                            self.cond_refs.push((g, st));
                            g
                        }
                        Err(_) => match self.names.iter().find(|(k, _)| *k == id) {
                            Some((_, g)) => *g,
                            None => return err(format!("unknown group name '{}'", id), st),
                        },
                    };
                    let yes = self.concat()?;
                    let no = if self.peek() == Some('|') {
                        self.i += 1;
                        self.concat()?
                    } else {
                        Node::Empty
                    };
                    if self.peek() == Some('|') {
                        return err("conditional backref with more than two branches", self.i);
                    }
                    if self.peek() != Some(')') {
                        return err("missing ), unterminated subpattern", start);
                    }
                    self.i += 1;
                    return Ok(Node::Cond {
                        group: g,
                        yes: Box::new(yes),
                        no: Box::new(no),
                    });
                }
                c if flag_bit(c).is_some() || c == '-' => {
                    // Inline flags: global `(?i)` (already applied) or scoped `(?i-s:...)`.
                    let mut on = 0;
                    let mut off = 0;
                    let mut neg = false;
                    self.i -= 1;
                    loop {
                        match self.peek() {
                            Some('-') => {
                                neg = true;
                                self.i += 1;
                            }
                            Some(c) if flag_bit(c).is_some() => {
                                let b = flag_bit(c).expect("checked");
                                if neg {
                                    off |= b;
                                } else {
                                    on |= b;
                                }
                                self.i += 1;
                            }
                            Some(')') => {
                                self.i += 1;
                                if neg {
                                    return err("missing :", self.i - 1);
                                }
                                if start != 0 && !self.only_flags_before(start) {
                                    return err(
                                        "global flags not at the start of the expression",
                                        start,
                                    );
                                }
                                return Ok(Node::Empty);
                            }
                            Some(':') => {
                                self.i += 1;
                                break;
                            }
                            Some(_) => return err("missing -, : or )", self.i),
                            None => return err("missing -, : or )", self.i),
                        }
                    }
                    self.flags = (self.flags | on) & !off;
                    capture = false;
                }
                _ => return err(format!("unknown extension ?{}", c), start + 1),
            }
        }
        let index = if capture {
            self.groups += 1;
            let g = self.groups;
            if let Some(n) = name {
                self.names.push((n, g));
            }
            Some(g)
        } else {
            None
        };
        if let Some(g) = index {
            self.open.push(g);
        }
        let node = self.sub(start);
        if index.is_some() {
            self.open.pop();
        }
        self.flags = saved_flags;
        Ok(Node::Group(index, Box::new(node?)))
    }

    fn only_flags_before(&self, start: usize) -> bool {
        // True when everything before `start` is itself inline flag groups.
        let mut j = 0;
        while j < start {
            if self.p.get(j) != Some(&'(') || self.p.get(j + 1) != Some(&'?') {
                return false;
            }
            let mut k = j + 2;
            while self.p.get(k).is_some_and(|c| flag_bit(*c).is_some()) {
                k += 1;
            }
            if self.p.get(k) != Some(&')') {
                return false;
            }
            j = k + 1;
        }
        true
    }

    /// The body of a group up to its `)`.
    fn sub(&mut self, start: usize) -> Result<Node, Error> {
        let node = self.alternation()?;
        if self.peek() != Some(')') {
            return err("missing ), unterminated subpattern", start);
        }
        self.i += 1;
        Ok(node)
    }

    fn class(&mut self, start: usize) -> Result<Node, Error> {
        let mut negated = false;
        if self.peek() == Some('^') {
            negated = true;
            self.i += 1;
        }
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let c = match self.peek() {
                Some(c) => c,
                None => return err("unterminated character set", start),
            };
            if c == ']' && !first {
                self.i += 1;
                break;
            }
            first = false;
            let item_start = self.i;
            let lo = self.class_atom(start)?;
            let lo = match lo {
                ClassAtom::Item(it) => {
                    if self.peek() == Some('-') && self.p.get(self.i + 1).is_some_and(|&c| c != ']')
                    {
                        self.i += 1;
                        return err(
                            format!(
                                "bad character range {}",
                                self.p[item_start..self.i + 1].iter().collect::<String>()
                            ),
                            item_start,
                        );
                    }
                    items.push(it);
                    continue;
                }
                ClassAtom::Char(c) => c,
            };
            if self.peek() == Some('-') && self.p.get(self.i + 1).is_some_and(|&c| c != ']') {
                self.i += 1;
                let hi = match self.class_atom(start)? {
                    ClassAtom::Char(c) => c,
                    ClassAtom::Item(_) => {
                        return err(
                            format!(
                                "bad character range {}",
                                self.p[item_start..self.i].iter().collect::<String>()
                            ),
                            item_start,
                        )
                    }
                };
                if hi < lo {
                    return err(
                        format!(
                            "bad character range {}",
                            self.p[item_start..self.i].iter().collect::<String>()
                        ),
                        item_start,
                    );
                }
                items.push(ClassItem::Range(lo, hi));
            } else {
                items.push(ClassItem::Range(lo, lo));
            }
        }
        Ok(Node::Class(Box::new(Class {
            items,
            negated,
            icase: self.icase(),
        })))
    }

    fn class_atom(&mut self, set_start: usize) -> Result<ClassAtom, Error> {
        let st = self.i;
        let c = match self.peek() {
            Some(c) => c,
            None => return err("unterminated character set", set_start),
        };
        self.i += 1;
        if c != '\\' {
            return Ok(ClassAtom::Char(c));
        }
        let e = match self.peek() {
            Some(e) => e,
            None => return err("bad escape (end of pattern)", st),
        };
        self.i += 1;
        let ascii = self.ascii();
        Ok(match e {
            'd' => ClassAtom::Item(ClassItem::Builtin(Builtin::Digit, false, ascii)),
            'D' => ClassAtom::Item(ClassItem::Builtin(Builtin::Digit, true, ascii)),
            'w' => ClassAtom::Item(ClassItem::Builtin(Builtin::Word, false, ascii)),
            'W' => ClassAtom::Item(ClassItem::Builtin(Builtin::Word, true, ascii)),
            's' => ClassAtom::Item(ClassItem::Builtin(Builtin::Space, false, ascii)),
            'S' => ClassAtom::Item(ClassItem::Builtin(Builtin::Space, true, ascii)),
            'b' => ClassAtom::Char('\u{8}'),
            _ => ClassAtom::Char(self.char_escape(e, st, true)?),
        })
    }

    /// Escapes that stand for one character (shared by sets and atoms).
    fn char_escape(&mut self, e: char, st: usize, in_class: bool) -> Result<char, Error> {
        Ok(match e {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'f' => '\u{c}',
            'v' => '\u{b}',
            'a' => '\u{7}',
            'x' => self.hex(2, st)?,
            'u' => self.hex(4, st)?,
            'U' => self.hex(8, st)?,
            '0' => {
                let mut v = 0u32;
                let mut n = 0;
                while n < 2 && self.peek().is_some_and(|c| ('0'..='7').contains(&c)) {
                    v = v * 8 + self.peek().expect("checked").to_digit(8).unwrap_or(0);
                    self.i += 1;
                    n += 1;
                }
                char::from_u32(v).unwrap_or('\0')
            }
            '1'..='7' if in_class => {
                let mut v = e.to_digit(8).unwrap_or(0);
                let mut n = 1;
                while n < 3 && self.peek().is_some_and(|c| ('0'..='7').contains(&c)) {
                    v = v * 8 + self.peek().expect("checked").to_digit(8).unwrap_or(0);
                    self.i += 1;
                    n += 1;
                }
                if n < 3 {
                    return err(format!("bad escape \\{}", e), st);
                }
                char::from_u32(v).unwrap_or('\0')
            }
            c if c.is_ascii_alphanumeric() => return err(format!("bad escape \\{}", c), st),
            c => c,
        })
    }

    fn hex(&mut self, n: usize, st: usize) -> Result<char, Error> {
        let digits: String = self
            .p
            .get(self.i..self.i + n)
            .map(|s| s.iter().collect())
            .unwrap_or_default();
        if digits.len() != n || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
            let got: String = self.p[st..(self.i + n).min(self.p.len())].iter().collect();
            return err(format!("incomplete escape {}", got), st);
        }
        self.i += n;
        let v = u32::from_str_radix(&digits, 16).unwrap_or(0);
        match char::from_u32(v) {
            Some(c) => Ok(c),
            None => err(
                format!(
                    "bad escape \\{}",
                    self.p[st + 1..self.i].iter().collect::<String>()
                ),
                st,
            ),
        }
    }

    fn escape(&mut self, st: usize) -> Result<Node, Error> {
        let e = match self.peek() {
            Some(e) => e,
            None => return err("bad escape (end of pattern)", st),
        };
        self.i += 1;
        let ascii = self.ascii();
        let class = |b: Builtin, neg: bool| {
            Node::Class(Box::new(Class {
                items: vec![ClassItem::Builtin(b, neg, ascii)],
                negated: false,
                icase: false,
            }))
        };
        Ok(match e {
            'd' => class(Builtin::Digit, false),
            'D' => class(Builtin::Digit, true),
            'w' => class(Builtin::Word, false),
            'W' => class(Builtin::Word, true),
            's' => class(Builtin::Space, false),
            'S' => class(Builtin::Space, true),
            'A' => Node::Assert(Assert::Start),
            'Z' => Node::Assert(Assert::StrEnd),
            'b' => Node::Assert(Assert::WordBoundary { ascii }),
            'B' => Node::Assert(Assert::NotWordBoundary { ascii }),
            '1'..='9' => {
                // A group reference, or an octal escape of three digits.
                let mut digits = String::from(e);
                if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    let c2 = self.peek().expect("checked");
                    if e <= '7'
                        && c2 <= '7'
                        && self
                            .p
                            .get(self.i + 1)
                            .is_some_and(|c| ('0'..='7').contains(c))
                    {
                        let c3 = self.p[self.i + 1];
                        self.i += 2;
                        let v = e.to_digit(8).unwrap_or(0) * 64
                            + c2.to_digit(8).unwrap_or(0) * 8
                            + c3.to_digit(8).unwrap_or(0);
                        if v > 0o377 {
                            return err(
                                format!(
                                    "octal escape value \\{}{}{} outside of range 0-0o377",
                                    e, c2, c3
                                ),
                                st,
                            );
                        }
                        return Ok(Node::Char {
                            c: char::from_u32(v).unwrap_or('\0'),
                            icase: self.icase(),
                        });
                    }
                    digits.push(c2);
                    self.i += 1;
                }
                let g: usize = digits.parse().unwrap_or(0);
                if g > self.groups || self.open.contains(&g) {
                    if self.open.contains(&g) {
                        return err("cannot refer to an open group", st);
                    }
                    return err(format!("invalid group reference {}", g), st + 1);
                }
                Node::Backref {
                    group: g,
                    icase: self.icase(),
                }
            }
            _ => Node::Char {
                c: self.char_escape(e, st, false)?,
                icase: self.icase(),
            },
        })
    }
}

enum ClassAtom {
    Char(char),
    Item(ClassItem),
}

/// The width of a pattern that always matches the same number of
/// characters, else None (look-behind needs one).
pub fn fixed_width(n: &Node) -> Option<usize> {
    match n {
        Node::Empty | Node::Assert(_) | Node::Look { .. } => Some(0),
        Node::Char { .. } | Node::Any { .. } | Node::Class(_) => Some(1),
        Node::Group(_, n) | Node::Atomic(n) => fixed_width(n),
        Node::Concat(v) => v.iter().map(fixed_width).sum(),
        Node::Alt(v) => {
            let w = fixed_width(&v[0])?;
            v.iter().all(|x| fixed_width(x) == Some(w)).then_some(w)
        }
        Node::Repeat { node, min, max, .. } => {
            if Some(*min) == *max {
                fixed_width(node).map(|w| w * min)
            } else {
                None
            }
        }
        Node::Backref { .. } => None,
        Node::Cond { yes, no, .. } => {
            let w = fixed_width(yes)?;
            (fixed_width(no) == Some(w)).then_some(w)
        }
    }
}
