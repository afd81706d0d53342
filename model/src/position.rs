//! Lines and columns of byte offsets in a dataset's text, for problem messages.

/// Where the lines of a text start, so that each entry's line is found by a binary search
/// rather than by counting from the top (which made a 10,000-entry file take seconds).
pub(crate) struct LineStarts(Vec<usize>);

impl LineStarts {
    pub(crate) fn new(text: &str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineStarts(starts)
    }

    /// 1-based line of a byte offset.
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|start| *start <= offset)
    }

    /// 1-based line and column of a byte offset. The column counts characters from the
    /// line's start, so it costs the line's length: on a minified file (one long line) call
    /// it only for entries with a problem, or use a [`Columns`] for offsets in order.
    #[cfg(test)]
    pub(crate) fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        Columns::new(self).at(text, offset)
    }
}

/// Lines and columns of offsets met in increasing order, each column counted on from the
/// previous offset on the same line: linear over a whole file even when it is one line.
pub(crate) struct Columns<'a> {
    lines: &'a LineStarts,
    last: Option<(usize, usize, usize)>, // (offset, line, column)
}

impl<'a> Columns<'a> {
    pub(crate) fn new(lines: &'a LineStarts) -> Self {
        Columns { lines, last: None }
    }

    pub(crate) fn at(&mut self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.lines.line(offset);
        let column = match self.last {
            Some((from, last_line, column)) if last_line == line && from <= offset => {
                column + text[from..offset].chars().count()
            }
            _ => text[self.lines.0[line - 1]..offset].chars().count() + 1,
        };
        self.last = Some((offset, line, column));
        (line, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_from_one() {
        let text = "ab\ncd\nef\n\nя";
        let lines = LineStarts::new(text);
        assert_eq!(lines.line_column(text, 0), (1, 1));
        assert_eq!(lines.line_column(text, 3), (2, 1));
        assert_eq!(lines.line_column(text, 4), (2, 2));
        assert_eq!(lines.line_column(text, 9), (4, 1));
        assert_eq!(lines.line_column(text, 10), (5, 1));
    }
}
