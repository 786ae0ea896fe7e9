package smherrors

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"testing"
)

// codes_gen.go is written by `smh-errors generate` (the one generator of
// every binding's code table, in the Rust crate; a Rust test fails when the
// committed file is stale). Here: its constants are exactly what the linked
// library answers.

// generatedConstants reads codes_gen.go's constants of type typ: value by name.
func generatedConstants(t *testing.T, typ string) map[string]string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "codes_gen.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			v := s.(*ast.ValueSpec)
			if id, ok := v.Type.(*ast.Ident); !ok || id.Name != typ {
				continue
			}
			lit := v.Values[0].(*ast.BasicLit)
			val, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			out[v.Names[0].Name] = val
		}
	}
	return out
}

// TestGeneratedConstantsMatchTheLibrary: one constant per code of Codes()
// and one sentinel per category of Categories(), no more.
func TestGeneratedConstantsMatchTheLibrary(t *testing.T) {
	codes := generatedConstants(t, "Code")
	want := map[string]bool{}
	for _, c := range Codes() {
		want[string(c)] = true
	}
	if len(codes) != len(want) {
		t.Fatalf("codes_gen.go has %d codes, the library %d: run `smh-errors generate`", len(codes), len(want))
	}
	for name, v := range codes {
		if !want[v] {
			t.Errorf("codes_gen.go: %s = %q is not a code of the library", name, v)
		}
	}
	cats := generatedConstants(t, "Category")
	if len(cats) != len(Categories()) {
		t.Fatalf("codes_gen.go has %d categories, the library %d", len(cats), len(Categories()))
	}
	for _, c := range Categories() {
		if cats["Err"+string(c)] != string(c) {
			t.Errorf("codes_gen.go lacks the sentinel Err%s", c)
		}
	}
}
