# Plenary — the two commands a newcomer needs:
#   make run    set up, build (release) and open the browser on the default store data/
#   make test   set up, check the formatting, build and run every test
# and, before a commit, make format (rewrite Sources, Tests and Package.swift with swift-format);
# make format-check alone fails, naming the first file, when one needs it.
SWIFT ?= swift

.PHONY: setup build run test bench clean format format-check

setup:
	@scripts/setup

# Swift's runtime and Foundation linked in: a command starts in about 5 ms instead of 10,
# which is most of what a search costs once its index is open.
build: setup
	$(SWIFT) build -c release --static-swift-stdlib --product plenary

run: build
	.build/release/plenary --store data

test: setup format-check
	$(SWIFT) build
	$(SWIFT) test --disable-swift-testing

# swift-format as the toolchain ships it; the rules and the 140-column limit are in .swift-format.
format:
	$(SWIFT) format --in-place --recursive --parallel --configuration .swift-format Sources Tests Package.swift

format-check:
	@SWIFT=$(SWIFT) scripts/format-check

bench: build
	scripts/bench

clean:
	rm -rf .build .build-bench
