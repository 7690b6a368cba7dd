package org.factdesk.analysis.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * An open-addressing table from 64-bit feature hashes to small ints (a row of weights, a bucket), in two flat
 * arrays: a few MB for a model that a map of boxed keys would make ten times larger.
 */
final class HashTable {

    private static final long EMPTY = 0L;

    private final long[] keys;
    private final int[] values;
    private int size;

    HashTable(int expected) {
        var capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    void put(long key, int value) {
        var k = key == EMPTY ? 1L : key;
        var mask = keys.length - 1;
        var slot = (int) mix(k) & mask;
        while (keys[slot] != EMPTY && keys[slot] != k) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            size++;
        }
        keys[slot] = k;
        values[slot] = value;
    }

    /** The slot holding the key, or -1. */
    int find(long key) {
        var k = key == EMPTY ? 1L : key;
        var mask = keys.length - 1;
        var slot = (int) mix(k) & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == k) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    int value(int slot) {
        return values[slot];
    }

    int size() {
        return size;
    }

    Map<Long, Integer> asMap() {
        var map = new HashMap<Long, Integer>();
        for (var slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                map.put(keys[slot], values[slot]);
            }
        }
        return map;
    }

    private static long mix(long key) {
        var h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
