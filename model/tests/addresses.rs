//! Address safety: a corpus of hostile and broken addresses through the functions the app
//! calls before rendering (`link_target`, `image_src`) and through every address field
//! of the datasets, where the data check must report each one with file, entry, field and fix.

mod common;

use common::*;
use exhibit_model::address::{
    external_url, image_path, image_src, link_target, site_path, AddressError, LinkTarget,
};
use exhibit_model::limits::is_invisible;
use exhibit_model::DatasetFile;

/// Refused as a link and as an image.
fn refused_everywhere() -> Vec<String> {
    let mut corpus: Vec<String> = [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "javascript:alert(1) ",
        "\u{1}javascript:alert(1)",
        "\u{0}javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "java\rscript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "javascript&colon;alert(1)",
        "ｊａｖａｓｃｒｉｐｔ:alert(1)",
        "javascript://example.org/%0Aalert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "data:image/svg+xml,<svg onload=alert(1)>",
        "vbscript:msgbox(1)",
        "VBScript:msgbox(1)",
        "file:///etc/passwd",
        "FILE:///C:/Windows/win.ini",
        "mailto:someone@example.org",
        "about:blank",
        "blob:https://example.org/uuid",
        "//evil.example/x.jpg",
        "///evil.example/x.jpg",
        "/images/x.jpg",
        "\\\\evil.example\\share\\x.jpg",
        "https:\\\\evil.example\\x.jpg",
        "https:evil.example/x.jpg",
        "https:/evil.example/x.jpg",
        "https://",
        "https:///x.jpg",
        "https://localhost/x.jpg",
        "https://evil..example/x.jpg",
        "https://.evil.example/x.jpg",
        "https://-evil.example/x.jpg",
        "https://evil.example:99999/x.jpg",
        "https://evil.example:/x.jpg",
        "https://evil.example:80a/x.jpg",
        "http://[::1]/x.jpg",
        "https://user:password@evil.example/x.jpg",
        "https://trusted.example@evil.example/x.jpg",
        "https://evil.example/\"><script>alert(1)</script>",
        "https://evil.example/<x>.jpg",
        "https://evil.example/a b.jpg",
        "https://evil.example/a\u{A0}b.jpg",
        "https://evil.example/a\u{3000}b.jpg",
        "https://evil.example/%zz.jpg",
        "https://evil.example/100%",
        "https://evil.example/x`.jpg",
        "https://evil.example/{x}.jpg",
        "https://evil.example/\u{202E}gpj.exe",
        "https://evil.example/\u{202A}x.jpg",
        "https://evil.example/\u{202B}x.jpg",
        "https://evil.example/\u{202C}x.jpg",
        "https://evil.example/\u{202D}x.jpg",
        "https://evil.example/\u{2066}x.jpg",
        "https://evil.example/\u{2067}x.jpg",
        "https://evil.example/\u{2068}x.jpg",
        "https://evil.example/\u{2069}x.jpg",
        "https://evil.example/\u{200E}x.jpg",
        "https://evil.example/\u{200F}x.jpg",
        "https://evil.example/\u{061C}x.jpg",
        "https://ex\u{200B}ample.org/x.jpg",
        "https://example.org/\u{7F}.jpg",
        "https://example.org/\u{85}.jpg",
        "https://example.org/\u{2028}.jpg",
        "\u{FEFF}https://example.org/x.jpg",
        "https://example.org/x.jpg\u{FEFF}",
        "images/\"><img src=x onerror=alert(1)>",
        "images/x.jpg\" onerror=\"alert(1)",
        "images/x.jpg'onerror='alert(1)",
        "images/<x>.jpg",
        "images/../../etc/passwd.jpg",
        "../x.jpg",
        "..",
        ".",
        "images/./x.jpg",
        "images//x.jpg",
        "images/x.jpg/",
        "images/.hidden.jpg",
        "images/x y.jpg",
        "images/x.jpg\n",
        "images/x\t.jpg",
        "images/x\u{202E}gpj.jpg",
        "images\\x.jpg",
        "images/x.jpg?v=1",
        "images/x.jpg#top",
        "images/x%2e%2e.jpg",
        "images/a:b.jpg",
        "",
        " ",
        "\t",
        "\n",
        "\u{202E}",
    ]
    .map(String::from)
    .to_vec();
    corpus.push(format!("https://example.org/{}", "a".repeat(2_000)));
    corpus.push(format!("images/{}.jpg", "a".repeat(2_000)));
    corpus
}

const LINKS: [&str; 10] = [
    "https://example.org",
    "http://example.org/a",
    "HTTPS://EXAMPLE.ORG/A",
    "https://example.org:8443/a?b=c&d=e#f",
    "https://ru.wikipedia.org/wiki/Карлаг",
    "https://ru.wikipedia.org/wiki/%D0%9A%D0%B0",
    "https://пример.рф/",
    "https://example.org/a_(b)",
    "https://example.org/it's",
    "https://www.mhlw.go.jp/english/",
];

const IMAGES: [&str; 5] = [
    "images/x.jpg",
    "images/sub/x-y_z.2.JPEG",
    "x.png",
    "images/kengir.webp",
    "images/a.avif",
];

#[test]
fn the_hostile_corpus_is_refused_by_every_function() {
    for raw in refused_everywhere() {
        assert_eq!(link_target(&raw), None, "link {raw:?}");
        assert_eq!(image_src(&raw), None, "image {raw:?}");
        assert!(external_url(&raw).is_err(), "external {raw:?}");
        assert!(site_path(&raw).is_err(), "site {raw:?}");
        assert!(image_path(&raw).is_err(), "image path {raw:?}");
    }
}

#[test]
fn the_allowed_forms_pass_unchanged() {
    for raw in LINKS {
        assert_eq!(
            link_target(raw),
            Some(LinkTarget::External(raw.to_string())),
            "{raw}"
        );
        assert_eq!(image_src(raw), None, "an image from another site: {raw}");
    }
    for raw in IMAGES {
        assert_eq!(link_target(raw), Some(LinkTarget::Site(raw.to_string())));
        assert_eq!(image_src(raw), Some(raw));
        assert_eq!(
            external_url(raw),
            Err(AddressError::NotAbsolute),
            "not a web address: {raw}"
        );
    }
    // A site path that is not a photograph is a link, not an image.
    assert_eq!(image_src("images/x.html"), None);
    assert_eq!(image_src("images/x"), None);
    assert_eq!(
        link_target("images/x.html").map(|t| t.as_str().to_string()),
        Some("images/x.html".into())
    );
}

#[test]
fn hidden_schemes_are_refused_for_the_right_reason() {
    assert_eq!(
        external_url("JaVaScRiPt:alert(1)"),
        Err(AddressError::Scheme {
            scheme: "JaVaScRiPt".into()
        })
    );
    assert_eq!(
        external_url("java\tscript:alert(1)"),
        Err(AddressError::ForbiddenChar { c: '\t', at: 5 })
    );
    assert_eq!(
        external_url(" https://example.org"),
        Err(AddressError::SurroundingSpace { c: ' ' })
    );
    assert_eq!(
        external_url("https://example.org/\u{202E}x"),
        Err(AddressError::ForbiddenChar {
            c: '\u{202E}',
            at: 21
        })
    );
    assert_eq!(
        site_path("images/../x.jpg"),
        Err(AddressError::BadSegment {
            segment: "..".into()
        })
    );
    assert_eq!(
        site_path("images/\"><img>"),
        Err(AddressError::ForbiddenChar { c: '"', at: 8 })
    );
    assert_eq!(
        site_path("images/it's.jpg"),
        Err(AddressError::PathChar { c: '\'', at: 10 })
    );
}

/// Every address field of the datasets: its file, the entry, the field, and the valid text.
const ADDRESS_FIELDS: [(DatasetFile, &str, &str, &str); 2] = [
    (
        DatasetFile::Sources,
        "seed",
        "url",
        r#""url": "https://example.org/archive/seed?page=2#p75""#,
    ),
    (
        DatasetFile::Gallery,
        "memorial",
        "image.src",
        r#""src": "images/memorial.jpg""#,
    ),
];

#[test]
fn every_unsafe_address_in_every_field_is_reported() {
    let mut reported = 0;
    for (file, entry, field, valid) in ADDRESS_FIELDS {
        let key = valid.split(':').next().unwrap();
        for raw in refused_everywhere()
            .iter()
            .map(String::as_str)
            .chain(match field {
                "url" => IMAGES.to_vec(),
                _ => LINKS.to_vec(),
            })
        {
            let json = serde_json::to_string(raw).unwrap();
            let problems = problems_with(file, |t| t.replacen(valid, &format!("{key}: {json}"), 1));
            let p = only(problems);
            assert_eq!(p.file, file, "{raw:?}");
            assert_eq!(p.entry.as_deref(), Some(entry), "{raw:?}");
            assert_eq!(p.field.as_deref(), Some(field), "{raw:?}");
            assert_eq!(p.line, Some(2), "{raw:?}");
            assert!(p.message.contains("is not an allowed address"), "{p}");
            assert!(!p.fix.is_empty());
            let text = p.to_string();
            assert!(
                !text
                    .chars()
                    .any(|c| c != '\n' && (is_invisible(c) || c.is_control())),
                "the message shows invisible characters as escapes: {text:?}"
            );
            assert!(text.len() < 1_000, "{text}");
            reported += 1;
        }
    }
    assert!(reported > 200, "{reported}");
}

#[test]
fn the_allowed_forms_are_not_reported() {
    for raw in LINKS {
        let json = serde_json::to_string(raw).unwrap();
        let problems = problems_with(DatasetFile::Sources, |t| {
            t.replacen("\"https://example.org/archive/seed?page=2#p75\"", &json, 1)
        });
        assert_eq!(problems, vec![], "{raw}");
    }
    for raw in IMAGES {
        let json = serde_json::to_string(raw).unwrap();
        let problems = problems_with(DatasetFile::Gallery, |t| {
            t.replacen("\"images/memorial.jpg\"", &json, 1)
        });
        assert_eq!(problems, vec![], "{raw}");
    }
}
