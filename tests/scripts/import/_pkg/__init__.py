PKG_NAME = "pkg"
