//! TimelineJS import (todo)
