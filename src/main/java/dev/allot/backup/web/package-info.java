@NullMarked
package dev.allot.backup.web;

import org.jspecify.annotations.NullMarked;
