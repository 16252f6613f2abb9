/** Community events over REST (and, later, their web pages). */
@NullMarked
package dev.allot.gathering.web;

import org.jspecify.annotations.NullMarked;
