-- Business keys take their numbers from the sequences of V11, which V11_1 started after key_counter's numbers.
DROP TABLE key_counter;
