// ncursesw for Swift. SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide-character
// API must be switched on here before the header is read.
#ifndef PLENARY_CNCURSESW_SHIM_H
#define PLENARY_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift 6 rejects C globals as not concurrency-safe and cannot see function-like macros:
// reach both through these functions.
static inline WINDOW *plenary_stdscr(void) { return stdscr; }
static inline WINDOW *plenary_curscr(void) { return curscr; }
static inline int plenary_colors(void) { return COLORS; }
static inline int plenary_color_pairs(void) { return COLOR_PAIRS; }
static inline int plenary_escdelay(void) { return ESCDELAY; }

static inline attr_t plenary_a_normal(void) { return A_NORMAL; }
static inline attr_t plenary_a_bold(void) { return A_BOLD; }
static inline attr_t plenary_a_underline(void) { return A_UNDERLINE; }
static inline attr_t plenary_a_reverse(void) { return A_REVERSE; }
static inline attr_t plenary_a_dim(void) { return A_DIM; }
static inline attr_t plenary_color_pair(int n) { return COLOR_PAIR(n); }

static inline int plenary_key_f(int n) { return KEY_F(n); }

static inline mmask_t plenary_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t plenary_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t plenary_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t plenary_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t plenary_button5_pressed(void) { return BUTTON5_PRESSED; }

static inline int plenary_wcwidth(wchar_t c) { return wcwidth(c); }
static inline const char *plenary_codeset(void) { return nl_langinfo(CODESET); }
static inline int plenary_max_cchar(void) { return CCHARW_MAX; }

#endif
