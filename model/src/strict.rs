//! Entries and their parts are JSON objects, never lists.
//!
//! A struct derived with serde also accepts a JSON list of its fields in order, so
//! `"name": ["Karaganda"]` used to be read as English text and `"coordinates": [49.8, 73.1,
//! "city"]` as coordinates, silently. [`object_only!`] gives a struct a `Deserialize` that
//! accepts an object `{ … }` only and otherwise reports what was expected.

/// Implements `Deserialize` (object only) and `Serialize` for a struct whose serde derive
/// carries `#[serde(remote = "Self")]`, which turns the derived code into inherent
/// functions that these impls call. The second argument completes "expected …" in the
/// message a curator reads when the value is not an object.
macro_rules! object_only {
    ($ty:ty, $expecting:expr) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct ObjectVisitor;
                impl<'de> serde::de::Visitor<'de> for ObjectVisitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        map: A,
                    ) -> Result<$ty, A::Error> {
                        <$ty>::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    }
                }
                deserializer.deserialize_map(ObjectVisitor)
            }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                <$ty>::serialize(self, serializer)
            }
        }
    };
}

pub(crate) use object_only;
